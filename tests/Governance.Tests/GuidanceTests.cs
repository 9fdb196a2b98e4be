using Qingmeng.Governance.Model;
using Qingmeng.ServiceDefaults.Calendar;

namespace Governance.Tests;

/// <summary>帮扶指导: advance notice, the self-correction period on the 2026 calendar, the inspection only afterwards.</summary>
public sealed class GuidanceTests
{
    private static readonly TimeSpan China = TimeSpan.FromHours(8);

    private static Guidance Notified(DateTimeOffset at, int days = 10) =>
        Guidance.Notify("91350500MA31GJ8K73", "SCJ", "食品经营许可证公示", days, "officer-scj", at, WorkingDayCalendar.ChinaMainland);

    [Fact]
    public void The_self_correction_period_skips_the_National_Day_holiday_and_counts_the_make_up_Saturday()
    {
        // Notified Monday 28 September with 5 working days: Tue 29, Wed 30 September, Thu 8, Fri 9, Sat 10 October (调休).
        var guidance = Notified(new DateTimeOffset(2026, 9, 28, 10, 0, 0, China), days: 5);

        Assert.Equal(new DateTimeOffset(2026, 10, 11, 0, 0, 0, China), guidance.SelfCorrectionDueAt);
    }

    [Fact]
    public void No_inspection_during_the_period_before_the_firm_reports_but_afterwards_it_goes_ahead()
    {
        var at = new DateTimeOffset(2026, 11, 4, 10, 0, 0, China);
        var guidance = Notified(at, days: 5);

        Assert.Equal(409, Assert.Throws<CaseRuleException>(() => guidance.Inspect(true, "检查", "officer-scj", at.AddDays(1))).StatusCode);
        Assert.False(guidance.FlagOverdue(at.AddDays(1)));
        Assert.True(guidance.FlagOverdue(guidance.SelfCorrectionDueAt));
        Assert.False(guidance.FlagOverdue(guidance.SelfCorrectionDueAt.AddDays(1)));

        guidance.Inspect(false, "未自查自改", "officer-scj", guidance.SelfCorrectionDueAt.AddHours(1));

        Assert.Equal(GuidanceStatus.Inspected, guidance.Status);
        Assert.Null(guidance.SelfCorrectedOnTime);
        Assert.Equal(409, Assert.Throws<CaseRuleException>(() => guidance.Inspect(true, "再查", "officer-scj", guidance.SelfCorrectionDueAt.AddDays(2))).StatusCode);
    }

    [Fact]
    public void A_late_report_is_accepted_and_recorded_as_late_and_is_reported_only_once()
    {
        var guidance = Notified(new DateTimeOffset(2026, 11, 4, 10, 0, 0, China), days: 5);

        guidance.ReportSelfCorrection("已整改", guidance.SelfCorrectionDueAt.AddHours(2));

        Assert.Equal(GuidanceStatus.SelfCorrected, guidance.Status);
        Assert.False(guidance.SelfCorrectedOnTime);
        Assert.False(guidance.IsOverdue(guidance.SelfCorrectionDueAt.AddDays(1)));
        Assert.Equal(409, Assert.Throws<CaseRuleException>(() => guidance.ReportSelfCorrection("再次", guidance.SelfCorrectionDueAt.AddDays(1))).StatusCode);
    }
}
