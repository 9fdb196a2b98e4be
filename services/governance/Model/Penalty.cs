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

/// <summary>What the deciding officer has verified: the fine paid (when there was one) and the offence corrected.</summary>
public sealed record CreditRepairDeclaration(bool FinePaid, bool Corrected);

/// <summary>One reason a repair cannot be granted (yet): the request field at fault and why.</summary>
public sealed record CreditRepairRefusal(string Field, string Reason);

public sealed record CreditRepairDecision(bool Granted, DateOnly EarliestRepairDate, IReadOnlyList<CreditRepairRefusal> Refusals);

/// <summary>
/// 信用修复 of administrative-penalty information (失信行为纠正后的信用信息修复管理办法（试行）): the information must have
/// been public for its minimum period — 3 months from the decision, 1 year for work-safety, fire and special-equipment
/// penalties — and the firm must have paid the fine and corrected the offence.
/// <para>
/// Periods follow 民法典第二百零一、二百零二条: the decision day is not counted, the period ends on the corresponding day
/// of the last month (the month's last day when it has none, so 30 November + 3 months ends on 28 February), and repair
/// can be granted from the following day.
/// </para>
/// </summary>
public static class CreditRepairRules
{
    public static int MinimumPublicityMonths(PenaltyCategory category) => category switch
    {
        PenaltyCategory.WorkSafety or PenaltyCategory.Fire or PenaltyCategory.SpecialEquipment => 12,
        _ => 3,
    };

    /// <summary>The first day the repair can be granted: the day after the minimum publicity period ends.</summary>
    public static DateOnly EarliestRepairDate(PenaltyCategory category, DateOnly decidedOn) =>
        decidedOn.AddMonths(MinimumPublicityMonths(category)).AddDays(1);

    /// <summary>Why the repair cannot be granted today because the minimum publicity period still runs, or null once it is over.</summary>
    public static CreditRepairRefusal? PublicityRefusal(Penalty penalty, DateOnly today)
    {
        var earliest = EarliestRepairDate(penalty.Category, penalty.DecidedOn);
        return today >= earliest ? null : new("penaltyReference",
            $"最短公示期未满：{MinimumPublicityMonths(penalty.Category)} 个月，自 {penalty.DecidedOn:yyyy-MM-dd} 起算，最早可于 {earliest:yyyy-MM-dd} 修复 " +
            $"(minimum publicity period not over; repair possible from {earliest:yyyy-MM-dd})");
    }

    /// <summary>The decision on the officer's verification (<paramref name="declaration"/>): every reason it cannot be granted today.</summary>
    public static CreditRepairDecision Decide(Penalty penalty, CreditRepairDeclaration declaration, DateOnly today)
    {
        var earliest = EarliestRepairDate(penalty.Category, penalty.DecidedOn);
        var refusals = new List<CreditRepairRefusal>();
        if (PublicityRefusal(penalty, today) is { } publicity)
        {
            refusals.Add(publicity);
        }
        if (penalty.FineAmount > 0 && !declaration.FinePaid)
        {
            refusals.Add(new("finePaid", $"罚款 {penalty.FineAmount:0.##} 元尚未缴纳 (the fine must be paid first)"));
        }
        if (!declaration.Corrected)
        {
            refusals.Add(new("corrected", "违法行为尚未整改到位 (the offence must have been corrected)"));
        }
        return new CreditRepairDecision(refusals.Count == 0, earliest, refusals);
    }
}
