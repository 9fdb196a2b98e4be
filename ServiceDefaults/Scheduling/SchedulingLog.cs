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
}
