using Qingmeng.Governance.Apis;
using Qingmeng.Governance.Model;

namespace Governance.Tests;

/// <summary>A credit-repair application is decided once, by the department; only the grant repairs the penalty.</summary>
public sealed class CreditRepairApplicationTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 28, 10, 0, 0, TimeSpan.FromHours(8));

    private static Penalty Decided() =>
        Penalty.Record("泉开应急罚〔2026〕21号", "91350500MA31GJ8K73", PenaltyCategory.General, 5_000m, new DateOnly(2026, 6, 1), "未按规定开展安全培训", "AJJ", "officer-ajj", Now);

    private static CreditRepairApplication AppliedFor(Penalty penalty) => CreditRepairApplication.Apply(
        penalty, [new CreditRepairEvidence { Description = "罚款缴纳凭证", Reference = "闽非税〔2026〕0601-88号" }], "承诺依法经营", "firm-a-admin", Now);

    [Fact]
    public void An_application_takes_the_penalising_department_and_is_pending_without_repairing_anything()
    {
        var penalty = Decided();

        var application = AppliedFor(penalty);

        Assert.Equal(CreditRepairStatus.Pending, application.Status);
        Assert.Equal("AJJ", application.DepartmentCode);
        Assert.Null(penalty.RepairedOn);
    }

    [Fact]
    public void A_grant_repairs_the_penalty_and_a_second_decision_is_a_conflict()
    {
        var penalty = Decided();
        var application = AppliedFor(penalty);

        application.Grant(penalty, new DateOnly(2026, 11, 28), "officer-ajj", "核查属实", Now);
        var again = Assert.Throws<CaseRuleException>(() => application.Refuse("officer-ajj", "改判", Now));

        Assert.Equal(CreditRepairStatus.Granted, application.Status);
        Assert.Equal(new DateOnly(2026, 11, 28), penalty.RepairedOn);
        Assert.Equal("officer-ajj", penalty.RepairedBy);
        Assert.Equal(409, again.StatusCode);
    }

    [Fact]
    public void A_refusal_leaves_the_penalty_unrepaired()
    {
        var penalty = Decided();
        var application = AppliedFor(penalty);

        application.Refuse("officer-ajj", "凭证不全", Now);

        Assert.Equal(CreditRepairStatus.Refused, application.Status);
        Assert.Null(penalty.RepairedOn);
    }

    [Theory]
    [InlineData("2026-01-01", "2026-12-31", true)]
    [InlineData("2024-01-01", "2026-12-31", true)]   // three years with a leap day: 1,096 days
    [InlineData("2023-12-31", "2026-12-31", false)]
    [InlineData("2026-12-01", "2026-11-30", false)]
    public void A_period_is_at_most_three_years_and_never_ends_before_it_starts(string from, string to, bool allowed) =>
        Assert.Equal(allowed, QueryBounds.CheckPeriod(
            DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture)) is null);
}
