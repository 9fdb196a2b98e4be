namespace Qingmeng.Governance.Model;

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
}

/// <summary>
/// One consumed event as the scorecard needs it: the raw fact, keyed by the event id (a redelivered event is never
/// stored twice), so the aggregates can be recomputed from scratch. Facts about one subject (a case, a firm's
/// 帮代办 activity, a firm's certifications) are read together; a standalone fact is its own subject.
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

    public DateTimeOffset RecordedAt { get; private set; }

    private ScorecardFact()
    {
    }

    public const int LabelLength = 100;

    public static ScorecardFact Create(
        Guid eventId, ScorecardFactKind kind, string subject, DateTimeOffset occurredAt, DateOnly day,
        string? creditCode = null, decimal amount = 0m, bool? flag = null, string? label = null, DateTimeOffset? recordedAt = null) => new()
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

    /// <summary>A standalone fact contributes on its own; the others are judged together with their subject's facts.</summary>
    public bool IsStandalone => Subject.StartsWith("event:", StringComparison.Ordinal);
}

/// <summary>
/// A subject's guard row: every fact about a subject updates it, so two facts about the same subject handled at once
/// conflict on its version and one is retried (its contribution is computed from the facts the other saved).
/// </summary>
public sealed class ScorecardSubject
{
    public string Key { get; private set; } = "";

    public int FactCount { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public uint Version { get; private set; }

    private ScorecardSubject()
    {
    }

    public static ScorecardSubject Start(string key, DateTimeOffset now) => new() { Key = key, UpdatedAt = now };

    public void Touch(DateTimeOffset now)
    {
        FactCount++;
        UpdatedAt = now;
    }
}

/// <summary>One additive measure of one period (<c>M01</c>…<c>M12</c>, <c>Q1</c>…<c>Q4</c>, <c>H1</c>, <c>H2</c>, <c>Y</c>) of a year.</summary>
public sealed class ScorecardAggregate
{
    public int Year { get; private set; }

    public string Period { get; private set; } = "";

    public string Measure { get; private set; } = "";

    public decimal Value { get; private set; }

    public uint Version { get; private set; }

    private ScorecardAggregate()
    {
    }

    public static ScorecardAggregate Start(int year, string period, string measure, decimal value) =>
        new() { Year = year, Period = period, Measure = measure, Value = value };

    public void Add(decimal delta) => Value += delta;
}
