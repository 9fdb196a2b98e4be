using Microsoft.Extensions.Logging;

namespace Qingmeng.ServiceDefaults.Scheduling;

internal static partial class SchedulingLog
{
    [LoggerMessage(EventId = 7001, Level = LogLevel.Debug, Message = "Scheduled job {Job} skipped a round: another replica holds its lock")]
    public static partial void RoundSkipped(ILogger logger, string job);

    [LoggerMessage(EventId = 7002, Level = LogLevel.Error, Message = "Scheduled job {Job} failed")]
    public static partial void RoundFailed(ILogger logger, string job, Exception exception);

    [LoggerMessage(EventId = 7003, Level = LogLevel.Warning, Message = "Scheduled job {Job} will try again in {Interval} after {Error}")]
    public static partial void RoundWillRetry(ILogger logger, string job, TimeSpan interval, string error);

    [LoggerMessage(EventId = 7004, Level = LogLevel.Warning, Message = "Scheduled job {Job} lost its lock ({Cause}): the round was cancelled")]
    public static partial void LockLost(ILogger logger, string job, string cause);

    [LoggerMessage(EventId = 7005, Level = LogLevel.Warning, Message = "Scheduled job {Job} could not release its lock ({Error}); closing the connection releases it")]
    public static partial void UnlockFailed(ILogger logger, string job, string error);
}
