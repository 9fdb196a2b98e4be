using Qingmeng.Governance.Model;

namespace Governance.Tests;

/// <summary>领导干部联系企业: the visit due date and its one flag per missed date.</summary>
public sealed class CadreAssignmentTests
{
    private static readonly DateTimeOffset Assigned = new(2026, 11, 2, 9, 0, 0, TimeSpan.FromHours(8));
    private static readonly TimeSpan Period = TimeSpan.FromDays(30);

    private static CadreAssignment Assignment() =>
        CadreAssignment.Assign("91350500MA31GJ8K73", "cadre-jfj", "林挂钩", "JFJ", "一企一策", "dispatcher-1", Assigned, Period);

    [Fact]
    public void A_missed_visit_is_flagged_once_per_due_date_and_a_visit_moves_the_date()
    {
        var assignment = Assignment();

        Assert.False(assignment.FlagVisitOverdue(Assigned.AddDays(29)));
        Assert.True(assignment.FlagVisitOverdue(Assigned.AddDays(31)));
        Assert.False(assignment.FlagVisitOverdue(Assigned.AddDays(32)));

        assignment.RecordVisit(Assigned.AddDays(32), Period);
        Assert.Equal(Assigned.AddDays(62), assignment.VisitDueAt);
        Assert.False(assignment.IsVisitOverdue(Assigned.AddDays(40)));
        Assert.True(assignment.FlagVisitOverdue(Assigned.AddDays(62)));
    }

    [Fact]
    public void A_visit_recorded_late_for_an_earlier_day_never_moves_the_due_date_back()
    {
        var assignment = Assignment();
        assignment.RecordVisit(Assigned.AddDays(20), Period);

        assignment.RecordVisit(Assigned.AddDays(10), Period);

        Assert.Equal(2, assignment.Visits);
        Assert.Equal(Assigned.AddDays(50), assignment.VisitDueAt);
        Assert.Equal(Assigned.AddDays(20), assignment.LastVisitedAt);
    }

    [Fact]
    public void An_ended_assignment_takes_no_visits_and_is_never_overdue()
    {
        var assignment = Assignment();
        assignment.End(Assigned.AddDays(5));

        Assert.Equal(409, Assert.Throws<CaseRuleException>(() => assignment.RecordVisit(Assigned.AddDays(6), Period)).StatusCode);
        Assert.False(assignment.IsVisitOverdue(Assigned.AddDays(60)));
    }
}
