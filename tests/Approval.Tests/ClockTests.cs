using Qingmeng.Approval.Model;
using static Qingmeng.Approval.Tests.TestTasks;

namespace Qingmeng.Approval.Tests;

/// <summary>
/// The statutory clock on the 2026 calendar: 春节 15–23 Feb off with make-up Saturdays 14 and 28 Feb;
/// 中秋 25–27 Sep; 国庆 1–7 Oct off with make-up Sunday 20 Sep and Saturday 10 Oct. Deadlines are 24:00 CST of the last counted day.
/// </summary>
public sealed class ClockTests
{
    private static ApprovalTask AcceptedAt(DateTimeOffset at, string code = "ZJJ-04-01")
    {
        var task = New(code, at);
        Ok(task.Submit(Materials(task), [], Calendar, at));
        Ok(task.Accept(Calendar, at));
        return task;
    }

    [Fact]
    public void A_deadline_across_the_Spring_Festival_counts_the_make_up_Saturday_and_skips_the_nine_days_off()
    {
        // 受理 Fri 13 Feb: Sat 14 (调休上班) is day 1, 15–23 are off, 24–27 Feb are days 2–5.
        var task = AcceptedAt(Cst(2026, 2, 13), "ZJJ-05-03");
        Assert.Equal(5, task.LimitWorkingDays);

        Assert.Equal(Cst(2026, 2, 28, 0), task.DueAt);
    }

    [Fact]
    public void A_deadline_across_the_Mid_Autumn_and_National_Day_holidays_counts_the_make_up_Sunday()
    {
        // 受理 Fri 18 Sep, 7 working days: Sun 20 Sep (调休) 1, 21–24 Sep 2–5, 25 Sep 中秋 off, 28–30 Sep 6–8 → 7th is 29 Sep.
        var task = AcceptedAt(Cst(2026, 9, 18));

        Assert.Equal(Cst(2026, 9, 30, 0), task.DueAt);
    }

    [Fact]
    public void A_submission_unanswered_for_5_working_days_across_National_Day_is_deemed_accepted_from_its_receipt()
    {
        // Submitted Thu 24 Sep: 25 Sep off, 28–30 Sep are days 1–3, 1–7 Oct off, 8–9 Oct are days 4–5 → deemed at 00:00 on Sat 10 Oct.
        var submittedAt = Cst(2026, 9, 24, 16);
        var task = New("ZRJ-02-02", submittedAt);
        Ok(task.Submit(Materials(task), [], Calendar, submittedAt));
        Assert.Equal(Cst(2026, 10, 10, 0), task.DeemedAcceptanceAt);

        Assert.False(task.ApplyDeemedAcceptance(Calendar, Cst(2026, 10, 9, 23, 59)));
        Assert.Equal(ApprovalTaskStatus.Submitted, task.Status);

        Assert.True(task.ApplyDeemedAcceptance(Calendar, Cst(2026, 10, 10, 0)));
        Assert.Equal(ApprovalTaskStatus.Accepted, task.Status);
        Assert.True(task.DeemedAccepted);
        Assert.Equal(submittedAt, task.AcceptedAt);
        // 20 working days from 24 Sep: 28–30 Sep (3), 8–9 Oct (5), Sat 10 Oct 调休 (6), 12–16 Oct (11), 19–23 (16), 26–29 Oct (20).
        Assert.Equal(Cst(2026, 10, 30, 0), task.DueAt);
    }

    [Fact]
    public void A_correction_notice_stops_deemed_acceptance_and_the_answer_restarts_it()
    {
        var task = New("ZRJ-02-02", Cst(2026, 3, 2));
        Ok(task.Submit(Materials(task), [], Calendar, Cst(2026, 3, 2)));
        Ok(task.RequestCorrection([task.RequiredMaterials[1]], Cst(2026, 3, 4)));

        Assert.Null(task.DeemedAcceptanceAt);
        Assert.False(task.ApplyDeemedAcceptance(Calendar, Cst(2026, 4, 30)));

        Ok(task.Submit([task.RequiredMaterials[1]], [], Calendar, Cst(2026, 3, 10)));
        // Answered Tue 10 Mar: 11–13 and 16–17 Mar are the 5 days.
        Assert.Equal(Cst(2026, 3, 18, 0), task.DeemedAcceptanceAt);
    }

    [Fact]
    public void An_expert_review_pause_moves_the_deadline_by_the_working_days_it_covers()
    {
        // 受理 Mon 2 Mar, 20 working days → 24:00 on Mon 30 Mar. Expert review Tue 10 – Thu 12 Mar stops 3 working days.
        var task = AcceptedAt(Cst(2026, 3, 2, 9), "ZRJ-03-02");
        Assert.Equal(Cst(2026, 3, 31, 0), task.DueAt);
        Ok(task.StartReview());

        Ok(task.Suspend(PauseKind.ExpertReview, "组织专家评审", Cst(2026, 3, 10, 10)));
        Ok(task.Resume(Calendar, Cst(2026, 3, 12, 15)));

        Assert.Equal(Cst(2026, 4, 3, 0), task.DueAt);
        Assert.Equal(20, Calendar.CountWorkingDays(task.AcceptedAt!.Value, task.DueAt!.Value, task.PauseIntervals(Cst(2026, 4, 3))));
    }

    [Fact]
    public void An_open_pause_keeps_pushing_the_deadline_so_a_suspended_task_is_never_overdue()
    {
        var task = AcceptedAt(Cst(2026, 3, 2, 9), "ZRJ-03-02");
        Ok(task.StartReview());
        Ok(task.Suspend(PauseKind.Testing, "委托检测", Cst(2026, 3, 27, 10)));

        var later = Cst(2026, 4, 15);

        Assert.True(task.ComputeDueAt(Calendar, later) > later);
        Assert.False(task.IsOverdue(Calendar, later));
    }

    [Fact]
    public void The_extension_adds_10_working_days_after_the_paused_deadline_skipping_Qingming()
    {
        var task = AcceptedAt(Cst(2026, 3, 2, 9), "ZRJ-03-02");
        Ok(task.StartReview());
        Ok(task.Suspend(PauseKind.ExpertReview, "组织专家评审", Cst(2026, 3, 10, 10)));
        Ok(task.Resume(Calendar, Cst(2026, 3, 12, 15)));

        Ok(task.Extend("涉及重大公共利益，需延长", "许文斌", Calendar, Cst(2026, 3, 20)));

        // From the 20th day (Thu 2 Apr): Fri 3 Apr 1, 4–6 Apr 清明 off, 7–10 Apr 2–5, 13–17 Apr 6–10.
        Assert.Equal(Cst(2026, 4, 18, 0), task.DueAt);
    }

    [Fact]
    public void Working_days_used_exclude_pauses_and_a_late_decision_is_overdue_until_then()
    {
        var task = AcceptedAt(Cst(2026, 2, 13), "ZJJ-05-03");
        Ok(task.StartReview());
        Assert.False(task.IsOverdue(Calendar, Cst(2026, 2, 27, 23, 59)));
        Assert.True(task.IsOverdue(Calendar, Cst(2026, 2, 28, 0)));

        Ok(task.Suspend(PauseKind.ApplicantSupplement, "等待申请人补充竣工图", Cst(2026, 3, 2, 9)));
        Ok(task.Resume(Calendar, Cst(2026, 3, 3, 17)));
        Ok(task.Decide(true, null, [], Calendar, Cst(2026, 3, 5, 11)));

        // Counted: Sat 14 Feb (调休), 24–27 Feb, Sat 28 Feb (调休), (2–3 Mar paused), Wed 4 Mar → 7; Thu 5 Mar is still running.
        Assert.Equal(7, task.WorkingDaysUsed);
    }
}
