using Qingmeng.Governance.Model;
using Qingmeng.ServiceDefaults.Calendar;
using Qingmeng.Governance.Model.LabourDisputes;

namespace Governance.Tests;

/// <summary>裁审衔接 after the award on the 2026 calendar, and the 前置预警 rule.</summary>
public sealed class LabourCourtLinkTests
{
    private static readonly TimeSpan China = TimeSpan.FromHours(8);

    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.ChinaMainland;

    private static readonly LabourGreenChannel Channel = new();

    private const string Firm = "91350500MA31GJ8K73";

    private static LabourDispute Awarded(DateTimeOffset awardedAt, LabourAwardOutcome outcome = LabourAwardOutcome.Upheld)
    {
        var dispute = LabourDispute.File("LD20260901000001", "林阿强", "350***********123X", "key", null, Firm, "泉州杰嘉电子有限公司",
            LabourClaimType.UnpaidWages, 36_000m, true, 1, "拖欠工资。", "citizen-1", awardedAt.AddDays(-10), Calendar);
        dispute.Accept("officer-rsj", awardedAt.AddDays(-9), Calendar);
        dispute.Award(outcome, outcome == LabourAwardOutcome.Dismissed ? null : 36_000m, "裁决", "officer-rsj", awardedAt, Channel, Calendar);
        return dispute;
    }

    [Fact]
    public void The_suit_period_ending_in_the_National_Day_holiday_moves_past_it_and_performance_counts_the_make_up_Saturday()
    {
        // Awarded Wednesday 16 September: the 15th day, 1 October, is a holiday → the period ends with Thursday 8 October.
        // Ten working days after it: Fri 9, Sat 10 (调休), Mon 12 … Fri 16, Mon 19, Tue 20, Wed 21 October.
        var dispute = Awarded(new DateTimeOffset(2026, 9, 16, 10, 0, 0, China));

        Assert.Equal(new DateTimeOffset(2026, 10, 9, 0, 0, 0, China), dispute.SuitDeadline);
        Assert.Equal(new DateTimeOffset(2026, 10, 22, 0, 0, 0, China), dispute.PerformanceDueAt);
        Assert.Equal(dispute.PerformanceDueAt, dispute.CurrentDeadline);
    }

    [Fact]
    public void A_dismissed_claim_has_nothing_to_perform_or_enforce_and_closes_only_once_the_award_is_in_force()
    {
        var awardedAt = new DateTimeOffset(2026, 11, 4, 10, 0, 0, China);
        var dispute = Awarded(awardedAt, LabourAwardOutcome.Dismissed);

        Assert.Null(dispute.PerformanceDueAt);
        Assert.Equal("route", Assert.Throws<CaseRuleException>(() => dispute.HandToCourt(
            LabourCourtRoute.Enforcement, "洛江区人民法院", "陈联络", "officer-rsj", awardedAt.AddDays(20), Channel, Calendar)).Field);
        Assert.Equal(409, Assert.Throws<CaseRuleException>(() => dispute.RecordPerformance("生效", "officer-rsj", awardedAt.AddDays(1))).StatusCode);

        dispute.RecordPerformance("裁决已生效", "officer-rsj", new DateTimeOffset(2026, 11, 20, 9, 0, 0, China));

        Assert.Equal(LabourDisputeStatus.Closed, dispute.Status);
        Assert.Equal(LabourClosure.AwardFinal, dispute.Closure);
    }

    [Fact]
    public void A_suit_is_possible_only_within_the_15_days_and_enforcement_only_after_them()
    {
        var awardedAt = new DateTimeOffset(2026, 11, 4, 10, 0, 0, China);
        var late = Awarded(awardedAt);
        var early = Awarded(awardedAt);

        Assert.Equal(409, Assert.Throws<CaseRuleException>(() => late.HandToCourt(
            LabourCourtRoute.Litigation, "洛江区人民法院", "陈联络", "officer-rsj", new DateTimeOffset(2026, 11, 20, 0, 0, 0, China), Channel, Calendar)).StatusCode);
        Assert.Equal(409, Assert.Throws<CaseRuleException>(() => early.HandToCourt(
            LabourCourtRoute.Enforcement, "洛江区人民法院", "陈联络", "officer-rsj", new DateTimeOffset(2026, 11, 19, 23, 0, 0, China), Channel, Calendar)).StatusCode);
    }

    [Fact]
    public void An_enforcement_goes_registered_enforced_concluded_and_cannot_be_judged()
    {
        var dispute = Awarded(new DateTimeOffset(2026, 11, 4, 10, 0, 0, China));
        // Monday 7 December: the award is in force and unperformed.
        var referredAt = new DateTimeOffset(2026, 12, 7, 9, 0, 0, China);
        dispute.HandToCourt(LabourCourtRoute.Enforcement, "洛江区人民法院", "陈联络", "officer-rsj", referredAt, Channel, Calendar);
        Assert.Equal(LabourDisputeStatus.InCourt, dispute.Status);
        // 快立 within 3 working days: Tue 8, Wed 9, Thu 10 December.
        Assert.Equal(new DateTimeOffset(2026, 12, 11, 0, 0, 0, China), dispute.CourtStageDueAt);

        dispute.RecordCourtStage(LabourCourtStage.Registered, null, "officer-rsj", referredAt.AddDays(1), Channel, Calendar);
        var illegal = Assert.Throws<IllegalLabourCourtStageException>(
            () => dispute.RecordCourtStage(LabourCourtStage.Judged, null, "officer-rsj", referredAt.AddDays(2), Channel, Calendar));
        Assert.Equal(LabourCourtStage.Registered, illegal.Current);

        dispute.RecordCourtStage(LabourCourtStage.Enforced, null, "officer-rsj", referredAt.AddDays(3), Channel, Calendar);
        dispute.RecordCourtStage(LabourCourtStage.Concluded, "执行完毕", "officer-rsj", referredAt.AddDays(4), Channel, Calendar);

        Assert.Equal(LabourDisputeStatus.Closed, dispute.Status);
        Assert.Equal(LabourClosure.CourtConcluded, dispute.Closure);
        Assert.Null(dispute.CurrentDeadline);
        Assert.Throws<IllegalLabourDisputeTransitionException>(
            () => dispute.RecordCourtStage(LabourCourtStage.Concluded, null, "officer-rsj", referredAt.AddDays(5), Channel, Calendar));
    }

    private static readonly LabourWarningThresholds Thresholds = new(WageArrears: 3, RepeatedComplaints: 5, GroupWorkers: 10, Window: TimeSpan.FromDays(30));

    private static readonly DateTimeOffset Now = new(2026, 11, 30, 10, 0, 0, China);

    [Fact]
    public void Wage_arrears_complaints_and_claims_together_reach_the_threshold_another_firms_do_not_count()
    {
        LabourEarlyWarningRule.CaseSignal[] cases =
        [
            new(Firm, Now.AddDays(-3), WageArrears: true),
            new(Firm, Now.AddDays(-2), WageArrears: false),
            new("91350500MA2XXXXXX1", Now.AddDays(-1), WageArrears: true),
        ];
        LabourEarlyWarningRule.ClaimSignal[] claims = [new(Firm, Now.AddDays(-1), WageArrears: true, WorkerCount: 2)];

        var below = LabourEarlyWarningRule.Assess(Firm, cases, claims, Now, null, Thresholds);
        var reached = LabourEarlyWarningRule.Assess(Firm, [.. cases, new(Firm, Now.AddHours(-1), WageArrears: true)], claims, Now, null, Thresholds);

        Assert.Empty(below.Triggers);
        Assert.Equal(2, below.WageArrearsCount);
        Assert.Equal([LabourWarningTrigger.WageArrears], reached.Triggers);
        Assert.Equal(3, reached.WageArrearsCount);
        Assert.Equal(4, reached.ComplaintCount);
        Assert.Equal(2, reached.WorkerCount);
    }

    [Fact]
    public void Only_what_was_filed_inside_the_window_and_after_the_last_warning_counts()
    {
        LabourEarlyWarningRule.CaseSignal[] cases =
        [
            new(Firm, Now.AddDays(-40), WageArrears: true),
            new(Firm, Now.AddDays(-10), WageArrears: true),
            new(Firm, Now.AddDays(-5), WageArrears: true),
            new(Firm, Now.AddDays(-1), WageArrears: true),
        ];

        Assert.Equal(3, LabourEarlyWarningRule.Assess(Firm, cases, [], Now, null, Thresholds).WageArrearsCount);
        Assert.Equal(1, LabourEarlyWarningRule.Assess(Firm, cases, [], Now, Now.AddDays(-5), Thresholds).WageArrearsCount);
    }

    [Fact]
    public void A_group_claim_and_repeated_complaints_are_triggers_of_their_own()
    {
        LabourEarlyWarningRule.ClaimSignal[] claims = [new(Firm, Now.AddDays(-1), WageArrears: true, WorkerCount: 12)];
        LabourEarlyWarningRule.CaseSignal[] cases = [.. Enumerable.Range(1, 5).Select(i => new LabourEarlyWarningRule.CaseSignal(Firm, Now.AddDays(-i), false))];

        Assert.Equal([LabourWarningTrigger.GroupClaim], LabourEarlyWarningRule.Assess(Firm, [], claims, Now, null, Thresholds).Triggers);
        Assert.Equal([LabourWarningTrigger.RepeatedComplaints], LabourEarlyWarningRule.Assess(Firm, cases, [], Now, null, Thresholds).Triggers);
    }
}
