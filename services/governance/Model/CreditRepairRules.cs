namespace Qingmeng.Governance.Model;

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

public sealed record CreditRepairDecision(bool Granted, DateOnly EarliestRepairDate, IReadOnlyList<CreditRepairRefusal> Refusals);
