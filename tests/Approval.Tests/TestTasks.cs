using Qingmeng.Approval.Infrastructure.ReferenceData;
using Qingmeng.Approval.Model;
using Qingmeng.ServiceDefaults.Calendar;

namespace Qingmeng.Approval.Tests;

/// <summary>Tasks built from the seeded catalogue and walked to a given state, at instants written in China Standard Time.</summary>
internal static class TestTasks
{
    public static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.ChinaMainland;

    public static DateTimeOffset Cst(int year, int month, int day, int hour = 10, int minute = 0) =>
        new(year, month, day, hour, minute, 0, ChinaTime.Offset);

    public static ApprovalTask New(string code = "ZJJ-04-01", DateTimeOffset? at = null)
    {
        var sub = CatalogueSeed.Document.Find(code)!;
        var item = CatalogueSeed.Document.Items.First(i => i.Code == sub.ItemCode);
        return ApprovalTask.Create(Guid.NewGuid(), "91350500MA31GJ8K73", sub, item.Name, at ?? Cst(2026, 3, 2));
    }

    public static string[] Materials(ApprovalTask task) => [.. task.RequiredMaterials];

    /// <summary>A task walked along the happy path to <paramref name="state"/> (CorrectionRequested and Suspended by their own step).</summary>
    public static ApprovalTask InState(ApprovalTaskStatus state, DateTimeOffset? at = null, string code = "ZJJ-04-01")
    {
        var now = at ?? Cst(2026, 3, 2);
        var task = New(code, now);
        if (state == ApprovalTaskStatus.Draft)
        {
            return task;
        }
        Ok(task.Submit(Materials(task), [], Calendar, now));
        switch (state)
        {
            case ApprovalTaskStatus.Submitted:
                return task;
            case ApprovalTaskStatus.CorrectionRequested:
                Ok(task.RequestCorrection([task.RequiredMaterials[0]], now));
                return task;
        }
        Ok(task.Accept(Calendar, now));
        if (state == ApprovalTaskStatus.Accepted)
        {
            return task;
        }
        Ok(task.StartReview());
        switch (state)
        {
            case ApprovalTaskStatus.UnderReview:
                return task;
            case ApprovalTaskStatus.Suspended:
                Ok(task.Suspend(PauseKind.ExpertReview, "专家评审", now));
                return task;
            case ApprovalTaskStatus.Approved:
                Ok(task.Decide(true, null, [], Calendar, now));
                return task;
            case ApprovalTaskStatus.Rejected:
                Ok(task.Decide(false, "不符合规划条件", [], Calendar, now));
                return task;
        }
        throw new ArgumentOutOfRangeException(nameof(state));
    }

    public static void Ok(TransitionRefusal? refusal) => Assert.True(refusal is null, refusal?.Detail);
}
