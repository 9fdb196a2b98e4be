using BenchmarkDotNet.Attributes;
using Qingmeng.Approval.Infrastructure.ReferenceData;
using Qingmeng.Approval.Model;
using Qingmeng.ServiceDefaults.Calendar;

namespace Qingmeng.Benchmarks.Approval;

/// <summary>
/// 1,000 active projects, each with all 35 sub-items of the seeded catalogue in a spread of states (some approved in
/// dependency order, one under review with an expert-review pause and an extension, one submitted, the rest drafts):
/// one operation recomputes every project's predicted groundbreaking date and critical path.
/// </summary>
[MemoryDiagnoser]
public class PredictionBenchmarks
{
    public const int Projects = 1_000;

    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.ChinaMainland;

    private List<List<ApprovalTask>> _portfolio = [];
    private DateTimeOffset _now;

    [GlobalSetup]
    public void Setup() => (_portfolio, _now) = Portfolio.Build(Projects);

    [Benchmark(Description = "Predict 1,000 projects × 35 sub-items")]
    public int PredictPortfolio()
    {
        var dated = 0;
        foreach (var tasks in _portfolio)
        {
            var prediction = ProjectPlanner.Predict(tasks, Calendar, _now);
            dated += prediction.CriticalPath.Count;
        }
        return dated;
    }
}

public static class Portfolio
{
    public static (List<List<ApprovalTask>> Projects, DateTimeOffset Now) Build(int count)
    {
        var calendar = WorkingDayCalendar.ChinaMainland;
        var catalogue = CatalogueSeed.Document;
        var order = DependencyGraph.TopologicalOrder(catalogue.SubItems.ToDictionary(s => s.Code, s => s.Prerequisites));
        var start = new DateTimeOffset(2026, 3, 2, 9, 0, 0, ChinaTime.Offset);
        var now = new DateTimeOffset(2026, 6, 1, 10, 0, 0, ChinaTime.Offset);
        var projects = new List<List<ApprovalTask>>(count);
        for (var p = 0; p < count; p++)
        {
            var projectId = Guid.NewGuid();
            var tasks = order.Select(code =>
            {
                var sub = catalogue.Find(code)!;
                return ApprovalTask.Create(projectId, "91350500MA31GJ8K73", sub, catalogue.Items.First(i => i.Code == sub.ItemCode).Name, start);
            }).ToList();
            var approved = p % 20;
            var day = start;
            for (var i = 0; i < approved; i++)
            {
                day = day.AddDays(2);
                Walk(tasks[i], calendar, day, decide: true);
            }
            var reviewing = tasks[approved];
            Walk(reviewing, calendar, day.AddDays(1), decide: false);
            reviewing.Suspend(PauseKind.ExpertReview, "专家评审", day.AddDays(3));
            reviewing.Resume(calendar, day.AddDays(6));
            reviewing.Extend("涉及重大公共利益", "审批科长", calendar, day.AddDays(7));
            var next = tasks[approved + 1];
            next.Submit([.. next.RequiredMaterials], [], calendar, day.AddDays(2));
            projects.Add(tasks);
        }
        return (projects, now);
    }

    private static void Walk(ApprovalTask task, WorkingDayCalendar calendar, DateTimeOffset at, bool decide)
    {
        task.Submit([.. task.RequiredMaterials], [], calendar, at);
        task.Accept(calendar, at);
        task.StartReview();
        if (decide)
        {
            task.Decide(true, null, [], calendar, at.AddHours(4));
        }
    }
}
