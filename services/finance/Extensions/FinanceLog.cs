using Microsoft.Extensions.Logging;

namespace Qingmeng.Finance.Extensions;

/// <summary>The finance service's structured log messages (referral numbers and codes only, never personal data).</summary>
internal static partial class FinanceLog
{
    [LoggerMessage(EventId = 8101, Level = LogLevel.Warning, Message = "Referral {Number} to bank {BankCode} is overdue and escalated to the zone's finance officer")]
    public static partial void Escalated(ILogger logger, string number, string bankCode);

    [LoggerMessage(EventId = 8102, Level = LogLevel.Information, Message = "Renewal warning for loan {Number} (bank {BankCode}, matures {MaturesOn}): renewal eligible {Eligible}")]
    public static partial void RenewalWarned(ILogger logger, string number, string bankCode, DateOnly maturesOn, bool eligible);

    [LoggerMessage(EventId = 8103, Level = LogLevel.Information, Message = "Notification {Key} not delivered yet ({Outcome}); retried next round")]
    public static partial void NotificationDeferred(ILogger logger, string key, string outcome);

    [LoggerMessage(EventId = 8104, Level = LogLevel.Information, Message = "White-list entry {EntryId} re-evaluated: score {Score}, listed {Listed}")]
    public static partial void Reevaluated(ILogger logger, Guid entryId, decimal score, bool listed);
}
