using Qingmeng.Approval.Model;
using static Qingmeng.Approval.Tests.TestTasks;

namespace Qingmeng.Approval.Tests;

public sealed class LifecycleTests
{
    private static readonly DateTimeOffset Now = Cst(2026, 3, 2);

    public static readonly string[] Actions = ["submit", "resubmit", "accept", "correct", "review", "suspend", "resume", "extend", "approve", "reject"];

    /// <summary>The state machine as a table: which action is legal from which state.</summary>
    private static readonly Dictionary<ApprovalTaskStatus, string[]> Legal = new()
    {
        [ApprovalTaskStatus.Draft] = ["submit"],
        [ApprovalTaskStatus.Submitted] = ["accept", "correct"],
        [ApprovalTaskStatus.CorrectionRequested] = ["submit"],
        [ApprovalTaskStatus.Accepted] = ["review", "extend"],
        [ApprovalTaskStatus.UnderReview] = ["suspend", "extend", "approve", "reject"],
        [ApprovalTaskStatus.Suspended] = ["resume", "extend"],
        [ApprovalTaskStatus.Approved] = [],
        [ApprovalTaskStatus.Rejected] = ["resubmit"],
    };

    public static TheoryData<ApprovalTaskStatus, string> EveryStateAndAction()
    {
        var data = new TheoryData<ApprovalTaskStatus, string>();
        foreach (var state in Enum.GetValues<ApprovalTaskStatus>())
        {
            foreach (var action in Actions)
            {
                data.Add(state, action);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(EveryStateAndAction))]
    public void Every_action_is_allowed_exactly_from_its_states_and_otherwise_refused_naming_the_current_state(ApprovalTaskStatus state, string action)
    {
        var task = InState(state, Now);
        // A task in correction answers with the listed material; everything else submits all required materials.
        string[] materials = state == ApprovalTaskStatus.CorrectionRequested ? [.. task.MissingMaterials] : Materials(task);

        var refusal = Apply(task, action, materials);

        if (Legal[state].Contains(action))
        {
            Assert.Null(refusal);
            if (action == "extend")
            {
                Assert.Equal(ApprovalTask.ExtensionWorkingDays, task.ExtensionDays);
            }
            else
            {
                Assert.NotEqual(state, task.Status);
            }
        }
        else
        {
            Assert.NotNull(refusal);
            Assert.True(refusal.IsStateConflict);
            Assert.Contains($"is {state}", refusal.Detail);
            Assert.Contains($"当前状态为 {state}", refusal.Detail);
            Assert.Equal(state, task.Status);
        }
    }

    private static TransitionRefusal? Apply(ApprovalTask task, string action, string[] materials) => action switch
    {
        "submit" => task.Submit(materials, [], Calendar, Now),
        "resubmit" => task.Resubmit(materials, [], Calendar, Now),
        "accept" => task.Accept(Calendar, Now),
        "correct" => task.RequestCorrection([task.RequiredMaterials[^1]], Now),
        "review" => task.StartReview(),
        "suspend" => task.Suspend(PauseKind.Hearing, "听证", Now),
        "resume" => task.Resume(Calendar, Now),
        "extend" => task.Extend("需补充现场踏勘", "许文斌", Calendar, Now),
        "approve" => task.Decide(true, null, [], Calendar, Now),
        "reject" => task.Decide(false, "不符合条件", [], Calendar, Now),
        _ => throw new ArgumentOutOfRangeException(nameof(action)),
    };

    [Fact]
    public void A_correction_request_lists_every_missing_material_at_once_and_only_once()
    {
        var task = InState(ApprovalTaskStatus.Submitted, Now);
        string[] missing = [task.RequiredMaterials[0], task.RequiredMaterials[1]];

        Ok(task.RequestCorrection(missing, Now));
        Assert.Equal(missing, task.MissingMaterials);
        Ok(task.Submit(missing, [], Calendar, Now.AddDays(1)));

        var second = task.RequestCorrection([task.RequiredMaterials[2]], Now.AddDays(2));

        Assert.NotNull(second);
        Assert.True(second.IsStateConflict);
        Assert.Contains("一次性告知", second.Detail);
        Assert.Equal(ApprovalTaskStatus.Submitted, task.Status);
    }

    [Fact]
    public void An_answer_to_a_correction_notice_must_cover_every_listed_material()
    {
        var task = InState(ApprovalTaskStatus.Submitted, Now);
        Ok(task.RequestCorrection([task.RequiredMaterials[0], task.RequiredMaterials[1]], Now));

        var refusal = task.Submit([task.RequiredMaterials[0]], [], Calendar, Now);

        Assert.NotNull(refusal);
        Assert.False(refusal.IsStateConflict);
        Assert.Equal("materials", refusal.Field);
        Assert.Equal([task.RequiredMaterials[1]], refusal.Items);
        Assert.Equal(ApprovalTaskStatus.CorrectionRequested, task.Status);
    }

    [Fact]
    public void A_submission_missing_required_materials_is_refused_naming_each_missing_one_in_Chinese()
    {
        var task = New("FGJ-01-01");

        var refusal = task.Submit([task.RequiredMaterials[0], task.RequiredMaterials[1]], [], Calendar, Now);

        Assert.NotNull(refusal);
        Assert.False(refusal.IsStateConflict);
        Assert.Equal("materials", refusal.Field);
        Assert.Equal([task.RequiredMaterials[2]], refusal.Items);
        Assert.Contains("缺少", refusal.Title + refusal.Detail);
        Assert.Contains(task.RequiredMaterials[2], refusal.Detail);
        Assert.Equal(ApprovalTaskStatus.Draft, task.Status);
        Assert.Null(task.SubmittedAt);
    }

    [Fact]
    public void A_resubmission_after_a_rejection_is_a_new_attempt_with_its_own_clock_and_keeps_the_rejected_one()
    {
        var task = InState(ApprovalTaskStatus.Rejected, Now, "FGJ-01-01");
        var firstSubmitted = task.SubmittedAt;
        var firstDue = task.DueAt;
        var firstDecided = task.DecidedAt;
        Assert.True(task.MarkOverdueNotified(Now));
        var later = Cst(2026, 3, 16, 9);

        Ok(task.Resubmit(Materials(task), [], Calendar, later));

        Assert.Equal(ApprovalTaskStatus.Submitted, task.Status);
        Assert.Equal(2, task.Attempt);
        Assert.Equal(later, task.SubmittedAt);
        Assert.Equal(Calendar.AddWorkingDays(later, ApprovalTask.DeemedAcceptanceWorkingDays).ToUniversalTime(), task.DeemedAcceptanceAt);
        Assert.Null(task.AcceptedAt);
        Assert.Null(task.DueAt);
        Assert.Null(task.DecidedAt);
        Assert.Null(task.DecisionReason);
        Assert.Null(task.OverdueNotifiedAt);
        Assert.Empty(task.OutstandingMaterials());
        var earlier = Assert.Single(task.EarlierAttempts);
        Assert.Equal(1, earlier.Number);
        Assert.Equal(firstSubmitted, earlier.SubmittedAt);
        Assert.Equal(firstDue, earlier.DueAt);
        Assert.Equal(firstDecided, earlier.DecidedAt);
        Assert.Equal("不符合规划条件", earlier.RejectionReason);
        Assert.Equal(Now, earlier.OverdueNotifiedAt);

        Ok(task.Accept(Calendar, later));
        Assert.Equal(Calendar.AddWorkingDays(later, task.LimitWorkingDays).ToUniversalTime(), task.DueAt);
        Ok(task.StartReview());
        Ok(task.Decide(false, "仍不符合产业准入条件", [], Calendar, later.AddDays(1)));
        Ok(task.Resubmit(Materials(task), [], Calendar, later.AddDays(2)));
        Assert.Equal(3, task.Attempt);
        Assert.Equal([1, 2], task.EarlierAttempts.Select(a => a.Number));
    }

    [Fact]
    public void A_resubmission_needs_every_required_material_and_an_incomplete_one_changes_nothing()
    {
        var task = InState(ApprovalTaskStatus.Rejected, Now, "FGJ-01-01");
        Assert.Equal(task.RequiredMaterials, task.OutstandingMaterials());

        var refusal = task.Resubmit([task.RequiredMaterials[0]], [], Calendar, Now);

        Assert.Equal("materials", refusal!.Field);
        Assert.Equal(task.RequiredMaterials.Skip(1), refusal.Items!);
        Assert.Equal(ApprovalTaskStatus.Rejected, task.Status);
        Assert.Equal(1, task.Attempt);
        Assert.Empty(task.EarlierAttempts);
    }

    [Fact]
    public void Materials_listed_twice_or_not_required_are_refused_and_nothing_changes()
    {
        var task = New();

        var twice = task.Submit([task.RequiredMaterials[0], task.RequiredMaterials[0]], [], Calendar, Now);
        var unknown = task.Submit(["营业执照副本（不存在的材料）"], [], Calendar, Now);

        Assert.Equal("materials", twice!.Field);
        Assert.Contains(task.RequiredMaterials[0], twice.Items!);
        Assert.Equal("materials", unknown!.Field);
        Assert.Equal(ApprovalTaskStatus.Draft, task.Status);
        Assert.Null(task.SubmittedAt);
    }

    [Fact]
    public void A_task_cannot_be_submitted_or_approved_before_its_prerequisites()
    {
        var draft = New();
        var refusal = draft.Submit(Materials(draft), ["ZRJ-03-02"], Calendar, Now);
        Assert.Equal("prerequisites", refusal!.Field);
        Assert.Equal(ApprovalTaskStatus.Draft, draft.Status);

        var reviewing = InState(ApprovalTaskStatus.UnderReview, Now);
        var early = reviewing.Decide(true, null, ["ZJJ-02-01"], Calendar, Now);
        Assert.Equal("prerequisites", early!.Field);
        Assert.Equal(ApprovalTaskStatus.UnderReview, reviewing.Status);
    }

    [Fact]
    public void A_rejection_needs_its_reason()
    {
        var task = InState(ApprovalTaskStatus.UnderReview, Now);

        var refusal = task.Decide(false, " ", [], Calendar, Now);

        Assert.Equal("reason", refusal!.Field);
        Assert.Equal(ApprovalTaskStatus.UnderReview, task.Status);
    }

    [Fact]
    public void Only_one_extension_is_granted()
    {
        var task = InState(ApprovalTaskStatus.UnderReview, Now);
        Ok(task.Extend("需组织专家论证", "许文斌", Calendar, Now));

        var second = task.Extend("再延一次", "许文斌", Calendar, Now);

        Assert.True(second!.IsStateConflict);
        Assert.Equal(10, task.ExtensionDays);
        Assert.Equal("许文斌", task.ExtensionApprovedBy);
    }

    [Fact]
    public void The_overdue_mark_is_set_once()
    {
        var task = InState(ApprovalTaskStatus.UnderReview, Now);

        Assert.True(task.MarkOverdueNotified(Now));
        Assert.False(task.MarkOverdueNotified(Now.AddHours(1)));
        Assert.Equal(Now, task.OverdueNotifiedAt);
    }

    [Fact]
    public void Agents_are_assigned_by_load_with_stable_ties()
    {
        var lin = Agent.Enrol("agent-lin", "林国栋", Now);
        var wu = Agent.Enrol("agent-wu", "吴帮办", Now.AddMinutes(1));
        var off = Agent.Enrol("agent-off", "休假中", Now.AddMinutes(-1));
        off.SetActive(false);

        Assert.Same(lin, Agent.PickByLoad([lin, wu, off], new Dictionary<string, int>()));
        Assert.Same(wu, Agent.PickByLoad([lin, wu, off], new Dictionary<string, int> { ["agent-lin"] = 3, ["agent-wu"] = 2 }));
        Assert.Same(wu, Agent.PickByLoad([lin, wu, off], new Dictionary<string, int>(), except: "agent-lin"));
        Assert.Null(Agent.PickByLoad([off], new Dictionary<string, int>()));
    }
}
