using Qingmeng.Governance.Model;

namespace Governance.Tests;

/// <summary>安全生产: rectification, re-inspection and one escalation per missed deadline.</summary>
public sealed class HazardTests
{
    private static readonly DateTimeOffset Found = new(2026, 11, 4, 10, 0, 0, TimeSpan.FromHours(8));

    private static Hazard Reported() =>
        Hazard.Report("91350500MA31GJ8K73", "AJJ", HazardSeverity.General, "消防通道堆放原材料", "二号车间", "officer-ajj", false, Found, Found.AddDays(8));

    [Fact]
    public void A_failed_re_inspection_reopens_the_hazard_with_the_new_deadline_and_counts()
    {
        var hazard = Reported();
        hazard.ReportRectification("已清理", Found.AddDays(1));

        hazard.Reinspect(false, "应急照明未修复", "officer-ajj", Found.AddDays(2), Found.AddDays(9));

        Assert.Equal(HazardStatus.Open, hazard.Status);
        Assert.Equal(1, hazard.FailedReinspections);
        Assert.Equal(Found.AddDays(9), hazard.RectificationDueAt);
        Assert.Null(hazard.RectificationReport);
    }

    [Fact]
    public void No_re_inspection_before_the_firm_reports_and_none_after_closing()
    {
        var hazard = Reported();

        Assert.Equal("passed", Assert.Throws<CaseRuleException>(() => hazard.Reinspect(true, "复查", "officer-ajj", Found.AddDays(1), Found.AddDays(9))).Field);
        hazard.ReportRectification("已整改", Found.AddDays(1));
        hazard.Reinspect(true, "合格", "officer-ajj", Found.AddDays(2), Found.AddDays(9));

        Assert.Equal(HazardStatus.Closed, hazard.Status);
        Assert.Equal(409, Assert.Throws<CaseRuleException>(() => hazard.ReportRectification("再报", Found.AddDays(3))).StatusCode);
    }

    [Fact]
    public void Each_missed_deadline_is_escalated_once()
    {
        var hazard = Reported();
        var caseId = Guid.CreateVersion7();

        Assert.False(hazard.Escalate(caseId, Found.AddDays(7)));
        Assert.True(hazard.Escalate(caseId, Found.AddDays(8)));
        Assert.False(hazard.Escalate(caseId, Found.AddDays(9)));

        hazard.ReportRectification("逾期整改", Found.AddDays(10));
        hazard.Reinspect(false, "仍不合格", "officer-ajj", Found.AddDays(10), Found.AddDays(20));
        Assert.True(hazard.Escalate(Guid.CreateVersion7(), Found.AddDays(20)));
        Assert.Equal(2, hazard.Escalations);
    }
}
