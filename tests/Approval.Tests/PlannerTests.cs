using Qingmeng.Approval.Infrastructure.ReferenceData;
using Qingmeng.Approval.Model;
using static Qingmeng.Approval.Tests.TestTasks;

namespace Qingmeng.Approval.Tests;

public sealed class PlannerTests
{
    private static readonly DateTimeOffset Start = Cst(2026, 3, 2, 9);

    private static readonly string[] LandChain = ["ZRJ-01-01", "ZRJ-02-01", "ZRJ-02-02", "ZRJ-04-01", "ZRJ-04-02", "ZRJ-03-02", "ZJJ-04-01"];

    private static List<ApprovalTask> DefaultProject(DateTimeOffset at) =>
        [.. CatalogueSeed.Document.SubItems.Where(s => s.IncludedByDefault).Select(s => New(s.Code, at))];

    [Fact]
    public void A_fresh_project_is_predicted_along_the_land_and_planning_chain()
    {
        var tasks = DefaultProject(Start);

        var prediction = ProjectPlanner.Predict(tasks, Calendar, Start);

        Assert.Equal(LandChain, prediction.CriticalPath.Select(s => s.SubItemCode));
        // 20 + 10 + 20 + 20 + 5 + 20 + 7 working days.
        Assert.Equal(102, prediction.RemainingWorkingDays);
        Assert.Equal(DateOnlyOf(Calendar.AddWorkingDays(Start, 102)), prediction.PredictedGroundbreaking);
        Assert.False(prediction.Ready);
        Assert.Empty(prediction.AwaitingResubmission);
        Assert.All(prediction.Tasks.Where(t => LandChain.Contains(t.SubItemCode)), t => Assert.True(t.OnCriticalPath));
        Assert.DoesNotContain(prediction.Tasks, t => t.OnCriticalPath && !LandChain.Contains(t.SubItemCode));
    }

    [Fact]
    public void Each_step_on_the_critical_path_starts_when_its_prerequisite_finishes()
    {
        var prediction = ProjectPlanner.Predict(DefaultProject(Start), Calendar, Start);

        for (var i = 1; i < prediction.CriticalPath.Count; i++)
        {
            Assert.Equal(prediction.CriticalPath[i - 1].ExpectedFinish, prediction.CriticalPath[i].ExpectedStart);
        }
        Assert.Equal([20, 10, 20, 20, 5, 20, 7], prediction.CriticalPath.Select(s => s.WorkingDays));
    }

    [Fact]
    public void Approving_the_first_step_early_brings_the_date_forward_and_removes_it_from_the_path()
    {
        var tasks = DefaultProject(Start);
        var before = ProjectPlanner.Predict(tasks, Calendar, Start).PredictedGroundbreaking!.Value;
        var landPreview = tasks.Single(t => t.SubItemCode == "ZRJ-01-01");
        Walk(landPreview, Start, Cst(2026, 3, 6, 17));

        var after = ProjectPlanner.Predict(tasks, Calendar, Cst(2026, 3, 6, 17));

        Assert.True(after.PredictedGroundbreaking < before);
        Assert.Equal(LandChain[1..], after.CriticalPath.Select(s => s.SubItemCode));
        // Four working days of the 20 were used (3–6 Mar); the rest of the chain is 82 days from the decision.
        Assert.Equal(82, after.RemainingWorkingDays);
    }

    [Fact]
    public void An_overdue_task_on_the_path_is_expected_now()
    {
        var tasks = DefaultProject(Start);
        var landPreview = tasks.Single(t => t.SubItemCode == "ZRJ-01-01");
        Ok(landPreview.Submit(Materials(landPreview), [], Calendar, Start));
        Ok(landPreview.Accept(Calendar, Start));
        Ok(landPreview.StartReview());
        var late = Cst(2026, 4, 20, 10);
        Assert.True(landPreview.IsOverdue(Calendar, late));

        var overdue = ProjectPlanner.Predict(tasks, Calendar, late);

        Assert.Equal(DateOnlyOf(late), overdue.Tasks.Single(t => t.SubItemCode == "ZRJ-01-01").ExpectedFinish);
        Assert.Equal(82, overdue.RemainingWorkingDays);
    }

    [Fact]
    public void A_rejected_gate_awaiting_resubmission_is_predicted_from_today_with_its_full_limit_and_its_dependants_follow_it()
    {
        var tasks = DefaultProject(Start);
        var landPreview = tasks.Single(t => t.SubItemCode == "ZRJ-01-01");
        Ok(landPreview.Submit(Materials(landPreview), [], Calendar, Start));
        Ok(landPreview.Accept(Calendar, Start));
        Ok(landPreview.StartReview());
        var rejectedAt = Cst(2026, 3, 20, 10);
        Ok(landPreview.Decide(false, "选址不符合国土空间规划", [], Calendar, rejectedAt));
        var today = Cst(2026, 3, 25, 10);

        var waiting = ProjectPlanner.Predict(tasks, Calendar, today);

        // The whole chain again, from today: 20 + 10 + 20 + 20 + 5 + 20 + 7 working days.
        Assert.Equal(DateOnlyOf(Calendar.AddWorkingDays(today, 102)), waiting.PredictedGroundbreaking);
        Assert.Equal(102, waiting.RemainingWorkingDays);
        Assert.Equal(LandChain, waiting.CriticalPath.Select(s => s.SubItemCode));
        var planned = waiting.Tasks.Single(t => t.SubItemCode == "ZRJ-01-01");
        Assert.Equal(DateOnlyOf(today), planned.ExpectedStart);
        Assert.Equal(DateOnlyOf(Calendar.AddWorkingDays(today, 20)), planned.ExpectedFinish);
        Assert.Equal(PlanBasis.AwaitingResubmission, planned.Basis);
        Assert.Equal(PlanBasis.AwaitingResubmission, waiting.CriticalPath[0].Basis);
        Assert.Equal(["ZRJ-01-01"], waiting.AwaitingResubmission);

        // Applied for again two days later: the new attempt is predicted from its own submission, then its own clock.
        var resubmittedAt = Cst(2026, 3, 27, 10);
        Ok(landPreview.Resubmit(Materials(landPreview), [], Calendar, resubmittedAt));
        var submitted = ProjectPlanner.Predict(tasks, Calendar, resubmittedAt);
        Assert.Equal(DateOnlyOf(Calendar.AddWorkingDays(resubmittedAt, 102)), submitted.PredictedGroundbreaking);
        Assert.Empty(submitted.AwaitingResubmission);
        Assert.Equal(PlanBasis.AwaitingAcceptance, submitted.Tasks.Single(t => t.SubItemCode == "ZRJ-01-01").Basis);
        Assert.Equal(2, submitted.Tasks.Single(t => t.SubItemCode == "ZRJ-01-01").Attempt);

        Ok(landPreview.Accept(Calendar, resubmittedAt));
        var onClock = ProjectPlanner.Predict(tasks, Calendar, resubmittedAt);
        Assert.Equal(PlanBasis.OnClock, onClock.Tasks.Single(t => t.SubItemCode == "ZRJ-01-01").Basis);
        Assert.Equal(DateOnlyOf(landPreview.DueAt!.Value), onClock.Tasks.Single(t => t.SubItemCode == "ZRJ-01-01").ExpectedFinish);
        Assert.NotNull(onClock.PredictedGroundbreaking);
    }

    [Fact]
    public void When_every_gating_task_is_approved_the_project_is_ready_and_no_path_remains()
    {
        var tasks = DefaultProject(Start);
        var day = Start;
        var order = DependencyGraph.TopologicalOrder(tasks.ToDictionary(t => t.SubItemCode, t => (IReadOnlyList<string>)t.Prerequisites));
        foreach (var code in order)
        {
            var task = tasks.Single(t => t.SubItemCode == code);
            if (task.GatesGroundbreaking)
            {
                day = day.AddDays(1);
                Walk(task, day, day.AddHours(2));
            }
        }

        var prediction = ProjectPlanner.Predict(tasks, Calendar, day.AddHours(3));

        Assert.True(prediction.Ready);
        Assert.Empty(prediction.CriticalPath);
        Assert.Equal(0, prediction.RemainingWorkingDays);
    }

    private static void Walk(ApprovalTask task, DateTimeOffset accepted, DateTimeOffset decided)
    {
        Ok(task.Submit(Materials(task), [], Calendar, accepted));
        Ok(task.Accept(Calendar, accepted));
        Ok(task.StartReview());
        Ok(task.Decide(true, null, [], Calendar, decided));
    }

    private static DateOnly DateOnlyOf(DateTimeOffset instant) => Qingmeng.ServiceDefaults.Calendar.ChinaTime.ToChinaDate(instant);
}
