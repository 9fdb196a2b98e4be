
namespace Qingmeng.Finance.Operations;

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

    [LoggerMessage(EventId = 8105, Level = LogLevel.Information, Message = "Financing need {NeedId} proposed for project {ProjectId}: {EligibleProducts} products match")]
    public static partial void NeedProposed(ILogger logger, Guid needId, Guid projectId, int eligibleProducts);

    [LoggerMessage(EventId = 8106, Level = LogLevel.Information, Message = "Project {ProjectId} already has its proposed financing need; nothing written")]
    public static partial void NeedAlreadyProposed(ILogger logger, Guid projectId);

    [LoggerMessage(EventId = 8107, Level = LogLevel.Information, Message = "科创贷 offer {OfferId}: high-level talent {CertificationId} (tier {Tier}) counted")]
    public static partial void SciTechOfferCounted(ILogger logger, Guid offerId, Guid certificationId, string tier);

    [LoggerMessage(EventId = 8108, Level = LogLevel.Information, Message = "Certification {CertificationId} is tier {Tier}, not high-level: no 科创贷 offer")]
    public static partial void NotHighLevel(ILogger logger, Guid certificationId, string tier);
}
