using Qingmeng.Governance.Model;

namespace Governance.Tests;

/// <summary>Minimum publicity periods (3 months; 1 year for work safety, fire, special equipment) on real dates.</summary>
public sealed class CreditRepairRulesTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 28, 10, 0, 0, TimeSpan.FromHours(8));

    private static Penalty Decided(PenaltyCategory category, DateOnly decidedOn, decimal fine = 5_000m) =>
        Penalty.Record("泉开罚〔2026〕1号", "91350500MA31GJ8K73", category, fine, decidedOn, "未按规定公示年度报告", "SCJ", "officer-scj", Now);

    private static readonly CreditRepairDeclaration Complete = new(FinePaid: true, Corrected: true);

    [Theory]
    [InlineData("2026-11-30", PenaltyCategory.General, "2027-03-01")]          // no 30 February: the period ends on the 28th
    [InlineData("2026-08-31", PenaltyCategory.General, "2026-12-01")]          // ends 30 November
    [InlineData("2026-01-15", PenaltyCategory.Environment, "2026-04-16")]
    [InlineData("2027-11-30", PenaltyCategory.MarketRegulation, "2028-03-01")] // leap year: ends 29 February 2028
    [InlineData("2026-03-15", PenaltyCategory.WorkSafety, "2027-03-16")]
    [InlineData("2026-06-30", PenaltyCategory.Fire, "2027-07-01")]
    [InlineData("2028-02-29", PenaltyCategory.SpecialEquipment, "2029-03-01")] // no 29 February 2029
    public void The_earliest_repair_date_is_the_day_after_the_minimum_publicity_period(string decided, PenaltyCategory category, string earliest) =>
        Assert.Equal(DateOnly.Parse(earliest, System.Globalization.CultureInfo.InvariantCulture),
            CreditRepairRules.EarliestRepairDate(category, DateOnly.Parse(decided, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void Safety_categories_need_a_year_and_every_other_three_months()
    {
        Assert.All([PenaltyCategory.WorkSafety, PenaltyCategory.Fire, PenaltyCategory.SpecialEquipment],
            c => Assert.Equal(12, CreditRepairRules.MinimumPublicityMonths(c)));
        Assert.All(Enum.GetValues<PenaltyCategory>().Except([PenaltyCategory.WorkSafety, PenaltyCategory.Fire, PenaltyCategory.SpecialEquipment]),
            c => Assert.Equal(3, CreditRepairRules.MinimumPublicityMonths(c)));
    }

    [Fact]
    public void A_request_on_the_last_day_of_the_period_is_refused_with_the_earliest_date_and_the_next_day_is_granted()
    {
        var penalty = Decided(PenaltyCategory.General, new DateOnly(2026, 11, 30));

        var lastDay = CreditRepairRules.Decide(penalty, Complete, new DateOnly(2027, 2, 28));
        var nextDay = CreditRepairRules.Decide(penalty, Complete, new DateOnly(2027, 3, 1));

        Assert.False(lastDay.Granted);
        Assert.Equal(new DateOnly(2027, 3, 1), lastDay.EarliestRepairDate);
        Assert.Equal("penaltyReference", Assert.Single(lastDay.Refusals).Field);
        Assert.Contains("2027-03-01", lastDay.Refusals[0].Reason, StringComparison.Ordinal);
        Assert.True(nextDay.Granted);
        Assert.Empty(nextDay.Refusals);
    }

    [Fact]
    public void A_work_safety_penalty_after_three_months_is_still_refused()
    {
        var penalty = Decided(PenaltyCategory.WorkSafety, new DateOnly(2026, 3, 15));

        var decision = CreditRepairRules.Decide(penalty, Complete, new DateOnly(2026, 11, 28));

        Assert.False(decision.Granted);
        Assert.Equal(new DateOnly(2027, 3, 16), decision.EarliestRepairDate);
    }

    [Fact]
    public void An_unpaid_fine_and_an_uncorrected_offence_are_each_named()
    {
        var penalty = Decided(PenaltyCategory.General, new DateOnly(2026, 1, 15));

        var decision = CreditRepairRules.Decide(penalty, new CreditRepairDeclaration(FinePaid: false, Corrected: false), new DateOnly(2026, 11, 28));

        Assert.False(decision.Granted);
        Assert.Equal(["finePaid", "corrected"], decision.Refusals.Select(r => r.Field));
    }

    [Fact]
    public void A_penalty_without_a_fine_needs_no_payment()
    {
        var warning = Decided(PenaltyCategory.General, new DateOnly(2026, 1, 15), fine: 0m);

        Assert.True(CreditRepairRules.Decide(warning, new CreditRepairDeclaration(FinePaid: false, Corrected: true), new DateOnly(2026, 11, 28)).Granted);
    }

    [Fact]
    public void Repairing_twice_is_a_conflict()
    {
        var penalty = Decided(PenaltyCategory.General, new DateOnly(2026, 1, 15));
        penalty.Repair(new DateOnly(2026, 11, 28), "firm-a-admin", "承诺守法经营", Now);

        Assert.Equal(409, Assert.Throws<CaseRuleException>(() => penalty.Repair(new DateOnly(2026, 11, 29), "firm-a-admin", "再次", Now)).StatusCode);
    }
}
