using Qingmeng.Governance.Application;
using Qingmeng.Governance.Model;

namespace Governance.Tests;

/// <summary>A fixed March 2026 data set with the expected rates worked out by hand in the comments.</summary>
public sealed class KpiCalculatorTests
{
    private static readonly TimeSpan China = TimeSpan.FromHours(8);
    private static DateTimeOffset At(int month, int day, int hour = 0) => new(2026, month, day, hour, 0, 0, China);

    private static readonly DateTimeOffset Dispatched = At(3, 2, 9);
    private static readonly DateTimeOffset SignForDue = At(3, 4);
    private static readonly DateTimeOffset CompletionDue = At(3, 17);

    /// <summary>As of 00:00 on 1 April 2026, the end of the March period.</summary>
    private static readonly DateTimeOffset EndOfMarch = At(4, 1);

    private static KpiDispatch Row(string number, string department = "ZJJ", DateTimeOffset? signedFor = null, DateTimeOffset? returned = null,
        bool duplicate = false, DateTimeOffset? closed = null, bool? satisfied = null, DateTimeOffset? followedUp = null,
        DateTimeOffset? dispatched = null, DateTimeOffset? signForDue = null, DateTimeOffset? completionDue = null) =>
        new(Guid.NewGuid(), number, department, dispatched ?? Dispatched, signForDue ?? SignForDue, signedFor, returned, duplicate,
            completionDue ?? CompletionDue, closed, satisfied, followedUp);

    private static readonly KpiDispatch[] March =
    [
        // A: signed in time, closed in time, satisfied.
        Row("A", signedFor: At(3, 2, 15), closed: At(3, 10), satisfied: true, followedUp: At(3, 11)),
        // B: signed late, closed late, unsatisfied.
        Row("B", signedFor: At(3, 5, 10), closed: At(3, 20), satisfied: false, followedUp: At(3, 23)),
        // C: returned with a coded reason before the sign-for deadline: excluded everywhere.
        Row("C", returned: At(3, 3, 10)),
        // D: returned after the sign-for deadline: a sign-for miss; excluded from completion and on-time.
        Row("D", returned: At(3, 6, 10)),
        // E: a duplicate of another case: excluded everywhere.
        Row("E", duplicate: true, signedFor: At(3, 2, 15), closed: At(3, 10)),
        // F: signed in time, still open past its completion deadline.
        Row("F", signedFor: At(3, 3, 9)),
        // G: dispatched on 31 March, sign-for and completion not yet due at the end of the period.
        Row("G", dispatched: At(3, 31, 15), signForDue: At(4, 2), completionDue: At(4, 15)),
        // H: signed and closed in time, caller not reached for follow-up.
        Row("H", signedFor: At(3, 2, 11), closed: At(3, 12)),
        // I: signed in time, closed on 3 April (after the period), due 10 April.
        Row("I", signedFor: At(3, 2, 11), closed: At(4, 3), completionDue: At(4, 10), satisfied: true, followedUp: At(4, 4)),
        // J: another department, all in time and satisfied.
        Row("J", department: "ZRJ", signedFor: At(3, 2, 10), closed: At(3, 9), satisfied: true, followedUp: At(3, 10)),
    ];

    [Fact]
    public void March_rates_match_the_hand_computed_figures_with_every_exclusion_applied()
    {
        var kpis = KpiCalculator.Compute(March, EndOfMarch);

        var zjj = Assert.Single(kpis, k => k.DepartmentCode == "ZJJ");
        Assert.Equal(9, zjj.Dispatches);
        // 签收率: eligible A B D F H I (C returned in time, E duplicate, G not yet due); met A F H I → 4/6.
        Assert.Equal(new KpiRate(6, 4, 66.67m), zjj.SignFor);
        // 办结率: kept A B F G H I (C D returned, E duplicate); closed by 1 April A B H → 3/6.
        Assert.Equal(new KpiRate(6, 3, 50.00m), zjj.Completion);
        // 按时办结率: A B H closed, F open and overdue; G and I open and not yet due → met A H → 2/4.
        Assert.Equal(new KpiRate(4, 2, 50.00m), zjj.OnTime);
        // 满意率: followed up A (satisfied) B (unsatisfied); H not reached, I followed up after the period → 1/2.
        Assert.Equal(new KpiRate(2, 1, 50.00m), zjj.Satisfaction);

        var zrj = Assert.Single(kpis, k => k.DepartmentCode == "ZRJ");
        Assert.Equal(new KpiRate(1, 1, 100m), zrj.SignFor);
        Assert.Equal(new KpiRate(1, 1, 100m), zrj.OnTime);
    }

    [Fact]
    public void A_past_period_evaluated_as_of_its_end_ignores_later_events_and_is_reproducible()
    {
        var first = KpiCalculator.Compute(March, EndOfMarch);
        var again = KpiCalculator.Compute(March, EndOfMarch);
        var later = KpiCalculator.Compute(March, At(4, 5)).Single(k => k.DepartmentCode == "ZJJ");

        Assert.Equal(first, again);
        // By 5 April, I is closed in time and followed up: completion 4/6, on time 3/5, satisfaction 2/3.
        Assert.Equal(new KpiRate(6, 4, 66.67m), later.Completion);
        Assert.Equal(new KpiRate(5, 3, 60.00m), later.OnTime);
        Assert.Equal(new KpiRate(3, 2, 66.67m), later.Satisfaction);
    }

    [Theory]
    [InlineData("C", KpiIndicator.SignFor, KpiOutcome.Excluded, "returned-in-time")]
    [InlineData("D", KpiIndicator.SignFor, KpiOutcome.Missed, "returned-late")]
    [InlineData("E", KpiIndicator.OnTime, KpiOutcome.Excluded, "duplicate")]
    [InlineData("F", KpiIndicator.OnTime, KpiOutcome.Missed, "open-overdue")]
    [InlineData("G", KpiIndicator.SignFor, KpiOutcome.Excluded, "sign-for-not-yet-due")]
    [InlineData("H", KpiIndicator.Satisfaction, KpiOutcome.Excluded, "not-followed-up")]
    [InlineData("B", KpiIndicator.OnTime, KpiOutcome.Missed, "closed-late")]
    public void The_drill_down_names_why_each_case_counts_as_it_does(string number, KpiIndicator indicator, KpiOutcome outcome, string reason)
    {
        var row = March.Single(r => r.CaseNumber == number);

        Assert.Equal(new KpiClassification(outcome, reason), KpiCalculator.Classify(row, indicator, EndOfMarch));
    }

    [Fact]
    public void No_eligible_case_gives_no_rate_rather_than_zero_or_a_hundred()
    {
        var kpis = KpiCalculator.Compute([Row("C", returned: At(3, 3, 10))], EndOfMarch).Single();

        Assert.Equal(new KpiRate(0, 0, null), kpis.SignFor);
    }
}
