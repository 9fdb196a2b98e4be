using Qingmeng.Governance.Model;
using Qingmeng.ServiceDefaults.Calendar;
using Qingmeng.Governance.Model.LabourDisputes;

namespace Governance.Tests;

/// <summary>
/// 劳动争议调解仲裁法第二十九、四十三条 on the 2026 calendar: acceptance in 5 working days, the award in 45 calendar days
/// (the last day moved off days off), as the arbitration rules count them.
/// </summary>
public sealed class LabourDisputeTests
{
    private static readonly TimeSpan China = TimeSpan.FromHours(8);

    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.ChinaMainland;

    private static LabourDispute Filed(DateTimeOffset at, LabourClaimType claim = LabourClaimType.Overtime, bool wageArrears = false, int workers = 1) =>
        LabourDispute.File("LD20261104000001", "林阿强", "350***********123X", "key", "13805951234",
            "91350500MA31GJ8K73", "泉州杰嘉电子有限公司", claim, 36_000m, wageArrears, workers, "拖欠三个月加班费。", "citizen-1", at, Calendar);

    [Fact]
    public void Acceptance_is_due_five_working_days_after_filing_weekends_excluded()
    {
        // Filed Wednesday 4 November: Thu 5, Fri 6, Mon 9, Tue 10 and Wed 11 count; due at the end of Wednesday 11 November.
        var dispute = Filed(new DateTimeOffset(2026, 11, 4, 10, 0, 0, China));

        Assert.Equal(new DateTimeOffset(2026, 11, 12, 0, 0, 0, China), dispute.AcceptanceDueAt);
        Assert.Equal(LabourDisputeStatus.Filed, dispute.Status);
        Assert.Equal(dispute.AcceptanceDueAt, dispute.CurrentDeadline);
    }

    [Fact]
    public void Five_working_days_skip_the_National_Day_holiday_and_count_its_make_up_Saturday()
    {
        // Filed Monday 28 September: Tue 29 and Wed 30 September count, 1–7 October are the holiday, then Thu 8, Fri 9 and
        // Saturday 10 October (调休 make-up workday) count; due at the end of Saturday 10 October.
        var dispute = Filed(new DateTimeOffset(2026, 9, 28, 10, 0, 0, China));

        Assert.Equal(new DateTimeOffset(2026, 10, 11, 0, 0, 0, China), dispute.AcceptanceDueAt);
    }

    [Fact]
    public void The_filing_day_is_the_date_in_China_not_in_UTC()
    {
        // 17:00 UTC on 4 November is 01:00 on Thursday 5 November in China: Fri 6, Mon 9 … Thu 12 count.
        var dispute = Filed(new DateTimeOffset(2026, 11, 4, 17, 0, 0, TimeSpan.Zero));

        Assert.Equal(new DateTimeOffset(2026, 11, 13, 0, 0, 0, China), dispute.AcceptanceDueAt);
    }

    [Fact]
    public void The_award_is_due_45_days_after_acceptance()
    {
        var dispute = Filed(new DateTimeOffset(2026, 7, 30, 10, 0, 0, China));

        dispute.Accept("officer-rsj", new DateTimeOffset(2026, 8, 3, 9, 0, 0, China), Calendar);

        // 3 August + 45 days = Thursday 17 September.
        Assert.Equal(LabourDisputeStatus.Accepted, dispute.Status);
        Assert.Equal(new DateTimeOffset(2026, 9, 18, 0, 0, 0, China), dispute.AwardDueAt);
        Assert.False(dispute.DecidedLate);
    }

    [Fact]
    public void Forty_five_days_ending_on_a_Saturday_run_to_Monday()
    {
        var dispute = Filed(new DateTimeOffset(2026, 11, 9, 10, 0, 0, China));

        dispute.Accept("officer-rsj", new DateTimeOffset(2026, 11, 11, 10, 0, 0, China), Calendar);

        // 11 November + 45 days = Saturday 26 December → Monday 28 December.
        Assert.Equal(new DateTimeOffset(2026, 12, 29, 0, 0, 0, China), dispute.AwardDueAt);
    }

    [Fact]
    public void An_approved_15_day_extension_runs_60_days_from_acceptance_and_can_never_be_repeated()
    {
        var dispute = Filed(new DateTimeOffset(2026, 7, 30, 10, 0, 0, China));
        dispute.Accept("officer-rsj", new DateTimeOffset(2026, 8, 3, 9, 0, 0, China), Calendar);
        dispute.RequestExtension(15, "案情复杂，需鉴定工伤等级。", "officer-rsj", new DateTimeOffset(2026, 9, 10, 9, 0, 0, China));

        dispute.DecideExtension(true, "director-rsj", new DateTimeOffset(2026, 9, 11, 9, 0, 0, China), Calendar);

        // 3 August + 60 days = Friday 2 October, a holiday → Thursday 8 October.
        Assert.Equal(LabourDisputeStatus.Extended, dispute.Status);
        Assert.Equal(new DateTimeOffset(2026, 10, 9, 0, 0, 0, China), dispute.AwardDueAt);
        var again = Assert.Throws<IllegalLabourDisputeTransitionException>(
            () => dispute.RequestExtension(5, "再次延期", "officer-rsj", new DateTimeOffset(2026, 9, 20, 9, 0, 0, China)));
        Assert.Equal(LabourDisputeStatus.Extended, again.Current);
    }

    [Fact]
    public void A_rejected_extension_leaves_the_45_day_deadline()
    {
        var dispute = Filed(new DateTimeOffset(2026, 7, 30, 10, 0, 0, China));
        dispute.Accept("officer-rsj", new DateTimeOffset(2026, 8, 3, 9, 0, 0, China), Calendar);
        dispute.RequestExtension(10, "需补充证据。", "officer-rsj", new DateTimeOffset(2026, 9, 10, 9, 0, 0, China));

        dispute.DecideExtension(false, "director-rsj", new DateTimeOffset(2026, 9, 11, 9, 0, 0, China), Calendar);

        Assert.Equal(LabourDisputeStatus.Accepted, dispute.Status);
        Assert.Equal(new DateTimeOffset(2026, 9, 18, 0, 0, 0, China), dispute.AwardDueAt);
        Assert.False(dispute.ExtensionApproved);
    }

    [Fact]
    public void Extensions_are_at_most_15_days_before_the_deadline_and_approved_by_someone_else()
    {
        var dispute = Filed(new DateTimeOffset(2026, 7, 30, 10, 0, 0, China));
        dispute.Accept("officer-rsj", new DateTimeOffset(2026, 8, 3, 9, 0, 0, China), Calendar);

        var tooLong = Assert.Throws<CaseRuleException>(() => dispute.RequestExtension(16, "太长", "officer-rsj", new DateTimeOffset(2026, 9, 10, 9, 0, 0, China)));
        var tooLate = Assert.Throws<CaseRuleException>(() => dispute.RequestExtension(5, "已逾期", "officer-rsj", new DateTimeOffset(2026, 9, 18, 0, 0, 0, China)));
        dispute.RequestExtension(5, "需鉴定", "officer-rsj", new DateTimeOffset(2026, 9, 10, 9, 0, 0, China));
        var self = Assert.Throws<CaseRuleException>(() => dispute.DecideExtension(true, "officer-rsj", new DateTimeOffset(2026, 9, 11, 9, 0, 0, China), Calendar));

        Assert.Equal("days", tooLong.Field);
        Assert.Equal(422, tooLong.StatusCode);
        Assert.Equal(409, tooLate.StatusCode);
        Assert.Equal(403, self.StatusCode);
        Assert.Equal(LabourDisputeStatus.ExtensionRequested, dispute.Status);
    }

    [Theory]
    [InlineData(LabourDisputeStatus.Filed, LabourDisputeAction.Accept, true)]
    [InlineData(LabourDisputeStatus.Filed, LabourDisputeAction.Refuse, true)]
    [InlineData(LabourDisputeStatus.Filed, LabourDisputeAction.Award, false)]
    [InlineData(LabourDisputeStatus.Filed, LabourDisputeAction.RequestExtension, false)]
    [InlineData(LabourDisputeStatus.Accepted, LabourDisputeAction.Accept, false)]
    [InlineData(LabourDisputeStatus.Accepted, LabourDisputeAction.Refuse, false)]
    [InlineData(LabourDisputeStatus.Accepted, LabourDisputeAction.RequestExtension, true)]
    [InlineData(LabourDisputeStatus.Accepted, LabourDisputeAction.Award, true)]
    [InlineData(LabourDisputeStatus.ExtensionRequested, LabourDisputeAction.Award, false)]
    [InlineData(LabourDisputeStatus.ExtensionRequested, LabourDisputeAction.DecideExtension, true)]
    [InlineData(LabourDisputeStatus.Extended, LabourDisputeAction.RequestExtension, false)]
    [InlineData(LabourDisputeStatus.Extended, LabourDisputeAction.Award, true)]
    [InlineData(LabourDisputeStatus.Refused, LabourDisputeAction.Accept, false)]
    [InlineData(LabourDisputeStatus.Awarded, LabourDisputeAction.Award, false)]
    [InlineData(LabourDisputeStatus.Awarded, LabourDisputeAction.RequestExtension, false)]
    public void The_lifecycle_table_allows_only_the_legal_steps(LabourDisputeStatus status, LabourDisputeAction action, bool allowed) =>
        Assert.Equal(allowed, LabourDisputeLifecycle.IsAllowed(status, action));

    [Fact]
    public void Awarding_before_acceptance_is_illegal_and_changes_nothing()
    {
        var dispute = Filed(new DateTimeOffset(2026, 11, 4, 10, 0, 0, China));

        var illegal = Assert.Throws<IllegalLabourDisputeTransitionException>(
            () => dispute.Award(LabourAwardOutcome.Upheld, 36_000m, "支持", "officer-rsj", new DateTimeOffset(2026, 11, 5, 10, 0, 0, China), new LabourGreenChannel(), Calendar));

        Assert.Equal(LabourDisputeStatus.Filed, illegal.Current);
        Assert.Equal(LabourDisputeStatus.Filed, dispute.Status);
        Assert.Null(dispute.AwardedAt);
    }

    [Fact]
    public void A_late_acceptance_and_a_late_award_are_recorded_as_late()
    {
        var dispute = Filed(new DateTimeOffset(2026, 11, 4, 10, 0, 0, China));
        dispute.Accept("officer-rsj", new DateTimeOffset(2026, 11, 13, 9, 0, 0, China), Calendar);
        dispute.Award(LabourAwardOutcome.PartlyUpheld, 20_000m, "部分支持", "officer-rsj", dispute.AwardDueAt!.Value.AddHours(1), new LabourGreenChannel(), Calendar);

        Assert.True(dispute.DecidedLate);
        Assert.True(dispute.AwardedLate);
        // After the award the dispute runs against the performance deadline (裁审衔接).
        Assert.Equal(dispute.PerformanceDueAt, dispute.CurrentDeadline);
    }

    [Fact]
    public void An_award_cannot_exceed_the_claim()
    {
        var dispute = Filed(new DateTimeOffset(2026, 11, 4, 10, 0, 0, China));
        dispute.Accept("officer-rsj", new DateTimeOffset(2026, 11, 5, 9, 0, 0, China), Calendar);

        Assert.Equal("awardedAmount", Assert.Throws<CaseRuleException>(
            () => dispute.Award(LabourAwardOutcome.Upheld, 50_000m, "支持", "officer-rsj", new DateTimeOffset(2026, 11, 20, 9, 0, 0, China), new LabourGreenChannel(), Calendar)).Field);
    }

    [Fact]
    public void An_unpaid_wages_claim_is_flagged_as_wage_arrears_whatever_was_ticked()
    {
        Assert.True(Filed(new DateTimeOffset(2026, 11, 4, 10, 0, 0, China), LabourClaimType.UnpaidWages, wageArrears: false).WageArrears);
        Assert.True(Filed(new DateTimeOffset(2026, 11, 4, 10, 0, 0, China), LabourClaimType.TerminationCompensation, wageArrears: true).WageArrears);
        Assert.False(Filed(new DateTimeOffset(2026, 11, 4, 10, 0, 0, China), LabourClaimType.Overtime, wageArrears: false).WageArrears);
    }

    [Fact]
    public void Wage_arrears_groups_form_from_many_workers_or_several_claims_against_one_firm()
    {
        var now = new DateTimeOffset(2026, 11, 20, 10, 0, 0, China);
        var window = TimeSpan.FromDays(30);
        var newId = Guid.NewGuid();
        var first = new WageArrearsGrouping.Earlier(Guid.NewGuid(), null, now.AddDays(-10));
        var grouped = new WageArrearsGrouping.Earlier(Guid.NewGuid(), Guid.NewGuid(), now.AddDays(-20));
        var old = new WageArrearsGrouping.Earlier(Guid.NewGuid(), null, now.AddDays(-31));

        // 12 workers: a group of its own.
        Assert.Equal((newId, (Guid?)null), WageArrearsGrouping.GroupFor(newId, true, 12, now, [], 10, window));
        // Fewer workers and nothing earlier: no group.
        Assert.Equal(((Guid?)null, (Guid?)null), WageArrearsGrouping.GroupFor(newId, true, 3, now, [old], 10, window));
        // An earlier open claim within the window: join it, and it now leads the group.
        Assert.Equal((first.Id, first.Id), WageArrearsGrouping.GroupFor(newId, true, 1, now, [first], 10, window));
        // The earliest claim already in a group: join that group.
        Assert.Equal((grouped.GroupId, (Guid?)null), WageArrearsGrouping.GroupFor(newId, true, 1, now, [first, grouped], 10, window));
        // Not a wage-arrears claim: never grouped.
        Assert.Equal(((Guid?)null, (Guid?)null), WageArrearsGrouping.GroupFor(newId, false, 50, now, [first], 10, window));
    }
}
