using Qingmeng.ServiceDefaults.Calendar;

namespace Qingmeng.Approval.Model;

/// <summary>
/// Forward pass over the project's dependency graph on the working-day calendar:
/// an approved task finished when it was decided; a task on the clock finishes at its deadline (pauses and extension
/// included; an overdue one "now"); a submitted task is assumed accepted now and uses its full limit; a task not
/// yet submitted, or rejected and awaiting its new application, starts when its last prerequisite finishes (or now)
/// and uses its full limit. The predicted
/// groundbreaking date is the latest finish among the gating tasks; the critical path follows, backwards from it,
/// the prerequisite that finished last. Prerequisites the project does not include are ignored.
/// </summary>
public static class ProjectPlanner
{
    public static Prediction Predict(IReadOnlyList<ApprovalTask> tasks, WorkingDayCalendar calendar, DateTimeOffset now)
    {
        var byCode = new Dictionary<string, int>(tasks.Count);
        var prerequisites = new Dictionary<string, IReadOnlyList<string>>(tasks.Count);
        for (var i = 0; i < tasks.Count; i++)
        {
            byCode[tasks[i].SubItemCode] = i;
            prerequisites[tasks[i].SubItemCode] = tasks[i].Prerequisites;
        }

        var start = new DateTimeOffset?[tasks.Count];
        var finish = new DateTimeOffset?[tasks.Count];
        var countFrom = new DateTimeOffset?[tasks.Count];
        var driver = new int[tasks.Count];
        var basis = new PlanBasis[tasks.Count];
        var awaitingResubmission = new List<string>();

        foreach (var code in DependencyGraph.TopologicalOrder(prerequisites))
        {
            var i = byCode[code];
            var task = tasks[i];
            driver[i] = -1;
            switch (task.Status)
            {
                case ApprovalTaskStatus.Approved:
                    basis[i] = PlanBasis.Decided;
                    start[i] = task.AcceptedAt ?? task.DecidedAt;
                    finish[i] = task.DecidedAt;
                    break;
                case ApprovalTaskStatus.Accepted or ApprovalTaskStatus.UnderReview or ApprovalTaskStatus.Suspended:
                    basis[i] = PlanBasis.OnClock;
                    start[i] = task.AcceptedAt;
                    var due = task.ComputeDueAt(calendar, now) ?? now;
                    finish[i] = due > now ? due : now;
                    break;
                case ApprovalTaskStatus.Submitted:
                    basis[i] = PlanBasis.AwaitingAcceptance;
                    start[i] = now;
                    finish[i] = calendar.AddWorkingDays(now, task.LimitWorkingDays);
                    break;
                default:
                    // Draft, CorrectionRequested, and Rejected: a rejection ends the application, not the project; the
                    // new one is assumed made as soon as it can be, and gets the full limit again.
                    if (task.Status == ApprovalTaskStatus.Rejected)
                    {
                        basis[i] = PlanBasis.AwaitingResubmission;
                        awaitingResubmission.Add(code);
                    }
                    else
                    {
                        basis[i] = PlanBasis.NotSubmitted;
                    }
                    var earliest = now;
                    foreach (var p in task.Prerequisites)
                    {
                        if (byCode.TryGetValue(p, out var j) && finish[j] is { } f && f > earliest)
                        {
                            earliest = f;
                            driver[i] = j;
                        }
                    }
                    start[i] = earliest;
                    // A prerequisite finishes at 00:00 after its last counted day, and that new day is the first
                    // this task can use; counting from one tick earlier keeps the calendar from skipping it.
                    countFrom[i] = driver[i] >= 0 ? earliest.AddTicks(-1) : earliest;
                    finish[i] = calendar.AddWorkingDays(countFrom[i]!.Value, task.LimitWorkingDays);
                    break;
            }
        }

        var last = -1;
        var allGatesApproved = true;
        for (var i = 0; i < tasks.Count; i++)
        {
            if (!tasks[i].GatesGroundbreaking)
            {
                continue;
            }
            allGatesApproved &= tasks[i].Status == ApprovalTaskStatus.Approved;
            if (last < 0 || finish[i] > finish[last])
            {
                last = i;
            }
        }

        var onPath = new bool[tasks.Count];
        var path = new List<CriticalStep>();
        DateOnly? predicted = null;
        int? remaining = null;
        if (last >= 0)
        {
            predicted = ChinaTime.ToChinaDate(finish[last]!.Value);
            remaining = finish[last]!.Value > now ? calendar.CountWorkingDays(now, finish[last]!.Value) : 0;
            for (var i = last; i >= 0 && tasks[i].Status != ApprovalTaskStatus.Approved; i = driver[i])
            {
                onPath[i] = true;
                path.Add(new CriticalStep(
                    tasks[i].SubItemCode, tasks[i].SubItemName, tasks[i].DepartmentCode, tasks[i].Status,
                    ChinaTime.ToChinaDate(start[i]!.Value), ChinaTime.ToChinaDate(finish[i]!.Value),
                    calendar.CountWorkingDays(countFrom[i] ?? start[i]!.Value, finish[i]!.Value), basis[i]));
            }
            path.Reverse();
        }

        var planned = new PlannedTask[tasks.Count];
        for (var i = 0; i < tasks.Count; i++)
        {
            planned[i] = new PlannedTask(
                tasks[i].Id, tasks[i].SubItemCode, tasks[i].SubItemName, tasks[i].DepartmentCode, tasks[i].Status, tasks[i].GatesGroundbreaking,
                start[i] is { } s ? ChinaTime.ToChinaDate(s) : null,
                finish[i] is { } f ? ChinaTime.ToChinaDate(f) : null,
                onPath[i], tasks[i].Attempt, basis[i]);
        }
        return new Prediction(predicted, remaining, allGatesApproved && last >= 0, awaitingResubmission, path, planned);
    }
}
