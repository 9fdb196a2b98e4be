namespace Qingmeng.Governance.Model;

/// <summary>
/// 包容审慎 applied to one offence (微错容纠): a 不予处罚 decision recorded instead of a penalty, or the lenient basis of a
/// reduced penalty (<see cref="PenaltyId"/>). It keeps the rule, its legal basis and the conditions as they were checked,
/// so the decision can be explained and counted. A no-penalty decision is not a penalty: nothing reaches the firm's credit.
/// </summary>
public sealed class LenientDecision
{
    private LenientDecision()
    {
    }

    public Guid Id { get; private set; }

    /// <summary>The decision's reference (不予处罚决定书文号, or the penalty's); unique.</summary>
    public string Reference { get; private set; } = "";

    public string CreditCode { get; private set; } = "";

    public string RuleCode { get; private set; } = "";

    public string Offence { get; private set; } = "";

    public LenientTreatment Treatment { get; private set; }

    public string LegalBasis { get; private set; } = "";

    /// <summary>The conditions as checked, one line each: 「首次违法：要求 是，实际 是」.</summary>
    public string Conditions { get; private set; } = "";

    public PenaltyCategory Category { get; private set; }

    public DateOnly DecidedOn { get; private set; }

    public string Description { get; private set; } = "";

    public string? DepartmentCode { get; private set; }

    /// <summary>The reduced penalty this decision explains; null for 不予处罚.</summary>
    public Guid? PenaltyId { get; private set; }

    public string RecordedBy { get; private set; } = "";

    public DateTimeOffset RecordedAt { get; private set; }

    public static LenientDecision Record(
        string reference, string creditCode, LenientRule rule, LenientCheckResult check, PenaltyCategory category, DateOnly decidedOn,
        string description, string? departmentCode, Guid? penaltyId, string recordedBy, DateTimeOffset now) => new()
        {
            Id = Guid.CreateVersion7(now),
            Reference = reference,
            CreditCode = creditCode,
            RuleCode = rule.Code,
            Offence = rule.Offence,
            Treatment = rule.Treatment,
            LegalBasis = rule.LegalBasis,
            Conditions = string.Join("\n", check.Conditions.Select(c => $"{c.Condition}：要求 {c.Required}，实际 {c.Actual}")),
            Category = category,
            DecidedOn = decidedOn,
            Description = description,
            DepartmentCode = departmentCode,
            PenaltyId = penaltyId,
            RecordedBy = recordedBy,
            RecordedAt = now,
        };

    public bool IsSameDecision(string creditCode, string ruleCode, DateOnly decidedOn) =>
        CreditCode == creditCode && RuleCode == ruleCode && DecidedOn == decidedOn;
}
