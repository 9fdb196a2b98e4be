namespace Qingmeng.Governance.Model;

/// <summary>
/// One consumed event as the scorecard needs it: the raw fact, keyed by the event id (a redelivered event is never
/// stored twice), so the aggregates can be recomputed from scratch. Facts about one subject (a case, a firm's
/// 帮代办 activity, a firm's certifications, an investment agreement) are read together; a standalone fact is its own subject.
/// </summary>
public sealed class ScorecardFact
{
    public Guid EventId { get; private set; }

    public ScorecardFactKind Kind { get; private set; }

    /// <summary>What the fact is about, e.g. <c>case:{id}</c>, <c>bdb:{credit code}</c>, <c>clawback:{payment id}</c>, <c>event:{id}</c>.</summary>
    public string Subject { get; private set; } = "";

    public DateTimeOffset OccurredAt { get; private set; }

    /// <summary>The China date the fact counts on: the event's business date if it has one, else when it occurred (CST).</summary>
    public DateOnly Day { get; private set; }

    public string? CreditCode { get; private set; }

    /// <summary>Yuan for money facts; zero otherwise.</summary>
    public decimal Amount { get; private set; }

    /// <summary>
    /// The event's yes/no: a duplicate case, closed on time, satisfied, approved, a key project, hired through an
    /// ambassador; null when the event does not say.
    /// </summary>
    public bool? Flag { get; private set; }

    /// <summary>The raw classification, judged when the figures are computed: a talent tier, a certification.</summary>
    public string? Label { get; private set; }

    /// <summary>The channel a case was filed through (a filing only): 初信 are the <c>PetitionLetter</c> ones.</summary>
    public string? Channel { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }

    private ScorecardFact()
    {
    }

    public const int LabelLength = 100;

    public const int ChannelLength = 32;

    public static ScorecardFact Create(
        Guid eventId, ScorecardFactKind kind, string subject, DateTimeOffset occurredAt, DateOnly day,
        string? creditCode = null, decimal amount = 0m, bool? flag = null, string? label = null, DateTimeOffset? recordedAt = null, string? channel = null) => new()
        {
            EventId = eventId,
            Kind = kind,
            Subject = subject,
            OccurredAt = occurredAt.ToUniversalTime(),
            Day = day,
            CreditCode = creditCode,
            Amount = amount,
            Flag = flag,
            Label = label is { Length: > LabelLength } ? label[..LabelLength] : label,
            Channel = channel is { Length: > ChannelLength } ? channel[..ChannelLength] : channel,
            RecordedAt = (recordedAt ?? occurredAt).ToUniversalTime(),
        };

    /// <summary>When the scorecard stored it (the event may have occurred long before).</summary>
    public void MarkRecorded(DateTimeOffset now) => RecordedAt = now.ToUniversalTime();

    public static string CaseSubject(Guid caseId) => $"case:{caseId:N}";

    public static string AgencySubject(string creditCode) => $"bdb:{creditCode}";

    public static string CertificationSubject(string creditCode) => $"cert:{creditCode}";

    public static string StandaloneSubject(Guid eventId) => $"event:{eventId:N}";

    /// <summary>The clawbacks of one subsidy payment: however many arrive, the payment is taken back once.</summary>
    public static string ClawbackSubject(Guid paymentId) => $"clawback:{paymentId:N}";

    /// <summary>One 申报辅导: however often it is announced, the guided project counts once.</summary>
    public static string GuidanceSubject(Guid guidanceId) => $"guidance:{guidanceId:N}";

    /// <summary>One investment agreement: its intention and, once signed, its formal contract.</summary>
    public static string InvestmentSubject(Guid agreementId) => $"investment:{agreementId:N}";

    /// <summary>A standalone fact contributes on its own; the others are judged together with their subject's facts.</summary>
    public bool IsStandalone => Subject.StartsWith("event:", StringComparison.Ordinal);
}

/// <summary>The integration events the zone scorecard (工作成效) is fed by, one kind per event type.</summary>
public enum ScorecardFactKind
{
    CaseFiled,
    CaseDispatched,
    CaseClosed,
    CaseFollowedUp,
    ProjectRegistered,
    ApprovalTaskCompleted,
    ProjectReadyForConstruction,
    SubsidyDisbursed,
    LoanDisbursed,
    TalentCertified,
    HireConfirmed,
    CertificationGranted,
    SubsidyClawedBack,
    LenientTreatmentApplied,
    RetentionIncentiveDue,
    RetentionIncentivePaid,
    ApplicationGuided,
    InvestmentIntentSigned,
    InvestmentContractSigned,
    CreditRepaired,
}
