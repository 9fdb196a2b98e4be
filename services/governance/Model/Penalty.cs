namespace Qingmeng.Governance.Model;

/// <summary>The kind of administrative penalty; the safety categories have the longer minimum publicity period.</summary>
public enum PenaltyCategory
{
    /// <summary>一般行政处罚.</summary>
    General,

    /// <summary>安全生产.</summary>
    WorkSafety,

    /// <summary>消防.</summary>
    Fire,

    /// <summary>特种设备.</summary>
    SpecialEquipment,

    /// <summary>生态环境.</summary>
    Environment,

    /// <summary>市场监管.</summary>
    MarketRegulation,

    /// <summary>税务.</summary>
    Tax,

    /// <summary>劳动保障.</summary>
    Labour,
}

/// <summary>
/// An administrative penalty (行政处罚决定) recorded against a firm, published as <c>PenaltyRecorded</c>; the firm can apply
/// for its credit to be repaired (信用修复, <see cref="CreditRepairApplication"/>) once the minimum publicity period is over,
/// and the penalising department's grant repairs it and publishes <c>CreditRepaired</c>.
/// </summary>
public sealed class Penalty
{
    private Penalty()
    {
    }

    public Guid Id { get; private set; }

    /// <summary>The decision's reference (处罚决定书文号), e.g. 泉开应急罚〔2026〕12号; unique.</summary>
    public string Reference { get; private set; } = "";

    public string CreditCode { get; private set; } = "";

    public PenaltyCategory Category { get; private set; }

    public decimal FineAmount { get; private set; }

    public DateOnly DecidedOn { get; private set; }

    public string Description { get; private set; } = "";

    /// <summary>The penalising department (the recording officer's), or null when recorded by an administrator.</summary>
    public string? DepartmentCode { get; private set; }

    public string RecordedBy { get; private set; } = "";

    public DateTimeOffset RecordedAt { get; private set; }

    public DateOnly? RepairedOn { get; private set; }

    public string? RepairedBy { get; private set; }

    public DateTimeOffset? RepairedAt { get; private set; }

    public string? RepairCommitment { get; private set; }

    public uint Version { get; private set; }

    public static Penalty Record(
        string reference, string creditCode, PenaltyCategory category, decimal fineAmount, DateOnly decidedOn, string description,
        string? departmentCode, string recordedBy, DateTimeOffset now) => new()
        {
            Id = Guid.CreateVersion7(now),
            Reference = reference,
            CreditCode = creditCode,
            Category = category,
            FineAmount = fineAmount,
            DecidedOn = decidedOn,
            Description = description,
            DepartmentCode = departmentCode,
            RecordedBy = recordedBy,
            RecordedAt = now,
        };

    /// <summary>The same decision recorded again (a retry): same firm, category, fine and date.</summary>
    public bool IsSameDecision(string creditCode, PenaltyCategory category, decimal fineAmount, DateOnly decidedOn) =>
        CreditCode == creditCode && Category == category && FineAmount == fineAmount && DecidedOn == decidedOn;

    public void Repair(DateOnly on, string by, string commitment, DateTimeOffset now)
    {
        if (RepairedOn is not null)
        {
            throw new CaseRuleException($"处罚 {Reference} 的信用已于 {RepairedOn:yyyy-MM-dd} 修复 (the credit for penalty {Reference} was already repaired on {RepairedOn:yyyy-MM-dd})", statusCode: 409);
        }
        RepairedOn = on;
        RepairedBy = by;
        RepairedAt = now;
        RepairCommitment = commitment;
    }
}
