using Qingmeng.Governance.Application;
using Qingmeng.Governance.Model;
using Qingmeng.Governance.Model.Cases;
using static Governance.Tests.CaseBuilder;

namespace Governance.Tests;

/// <summary>Deadlines on the 2026 State Council calendar (National Day 1–7 October off, Saturday 10 October worked).</summary>
public sealed class DeadlineTests
{
    private static readonly TimeSpan China = TimeSpan.FromHours(8);

    private static readonly DateTimeOffset BeforeNationalDay = new(2026, 9, 30, 10, 0, 0, China);

    [Fact]
    public void Deadlines_skip_the_National_Day_holiday_and_count_the_make_up_Saturday()
    {
        var c = Filed(BeforeNationalDay);

        c.Dispatch(Lead, [], SafeProduction, "dispatcher-1", BeforeNationalDay, Calendar);

        // Sign-for, 1 working day: Thursday 8 October.
        Assert.Equal(new DateTimeOffset(2026, 10, 9, 0, 0, 0, China), c.SignForDueAt);
        // Completion, 5 working days: 8, 9, 10 (make-up Saturday), 12, 13 October.
        Assert.Equal(new DateTimeOffset(2026, 10, 14, 0, 0, 0, China), c.CompletionDueAt);
    }

    [Fact]
    public void A_make_up_Saturday_before_the_Spring_Festival_is_a_sign_for_day()
    {
        var friday = new DateTimeOffset(2026, 2, 13, 16, 0, 0, China);
        var c = Filed(friday);

        c.Dispatch(Lead, [], SafeProduction, "dispatcher-1", friday, Calendar);

        Assert.Equal(new DateTimeOffset(2026, 2, 15, 0, 0, 0, China), c.SignForDueAt);
    }

    [Fact]
    public void An_approved_extension_moves_the_completion_deadline_by_working_days_and_keeps_a_late_close_on_time()
    {
        var c = Filed(BeforeNationalDay);
        c.Dispatch(Lead, [], SafeProduction, "dispatcher-1", BeforeNationalDay, Calendar);
        c.SignFor(Lead, "officer-ajj", BeforeNationalDay.AddHours(1));
        var extension = c.RequestExtension(Lead, 2, "需第三方检测", "officer-ajj", BeforeNationalDay.AddHours(2));

        c.DecideExtension(extension.Id, true, "dispatcher-1", BeforeNationalDay.AddHours(3), Calendar);
        c.CloseByLead(Lead, "检测合格，已整改", "officer-ajj", new DateTimeOffset(2026, 10, 15, 17, 0, 0, China));

        // 5 + 2 working days: 14 and 15 October → due at the end of Thursday 15 October.
        Assert.Equal(new DateTimeOffset(2026, 10, 16, 0, 0, 0, China), c.CompletionDueAt);
        Assert.Equal(ExtensionStatus.Approved, c.Extensions.Single().Status);
        Assert.True(c.ClosedOnTime);
    }

    [Fact]
    public void A_rejected_extension_leaves_the_deadline_and_a_late_close_is_late()
    {
        var c = Filed(BeforeNationalDay);
        c.Dispatch(Lead, [], SafeProduction, "dispatcher-1", BeforeNationalDay, Calendar);
        c.SignFor(Lead, "officer-ajj", BeforeNationalDay.AddHours(1));
        var extension = c.RequestExtension(Lead, 2, "需第三方检测", "officer-ajj", BeforeNationalDay.AddHours(2));

        c.DecideExtension(extension.Id, false, "dispatcher-1", BeforeNationalDay.AddHours(3), Calendar);
        c.CloseByLead(Lead, "已整改", "officer-ajj", new DateTimeOffset(2026, 10, 15, 17, 0, 0, China));

        Assert.Equal(new DateTimeOffset(2026, 10, 14, 0, 0, 0, China), c.CompletionDueAt);
        Assert.False(c.ClosedOnTime);
    }

    [Fact]
    public void A_second_pending_extension_request_is_refused()
    {
        var c = In(CaseStatus.InProgress);
        c.RequestExtension(Lead, 2, "需第三方检测", "officer-ajj", Monday.AddHours(3));

        Assert.Equal(409, Assert.Throws<CaseRuleException>(() => c.RequestExtension(Lead, 1, "再申请", "officer-ajj", Monday.AddHours(4))).StatusCode);
    }

    [Theory]
    // Due at 00:00 on Wednesday 14 October (SAFE-PROD escalates after 2 working days overdue).
    [InlineData("2026-10-13T23:59:59+08:00", false)] // not yet due
    [InlineData("2026-10-14T00:00:00+08:00", false)] // due, not a whole day late
    [InlineData("2026-10-15T23:59:59+08:00", false)] // one whole working day late (the 14th)
    [InlineData("2026-10-16T00:00:00+08:00", true)]  // the 14th and the 15th have passed
    public void Escalation_comes_once_a_deadline_is_the_modules_working_days_behind(string now, bool escalate)
    {
        var due = new DateTimeOffset(2026, 10, 14, 0, 0, 0, China);

        Assert.Equal(escalate, SupervisionRules.IsBadlyOverdue(due, DateTimeOffset.Parse(now, System.Globalization.CultureInfo.InvariantCulture), SafeProduction.EscalateAfterWorkingDays, Calendar));
    }

    [Fact]
    public void Holidays_do_not_count_towards_escalation()
    {
        // Due at 00:00 on Thursday 1 October: the holiday week does not make it badly overdue.
        var due = new DateTimeOffset(2026, 10, 1, 0, 0, 0, China);

        Assert.False(SupervisionRules.IsBadlyOverdue(due, new DateTimeOffset(2026, 10, 8, 12, 0, 0, China), 2, Calendar));
        Assert.True(SupervisionRules.IsBadlyOverdue(due, new DateTimeOffset(2026, 10, 10, 0, 0, 0, China), 2, Calendar));
    }
}
