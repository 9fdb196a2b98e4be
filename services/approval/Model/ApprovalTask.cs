using Qingmeng.ServiceDefaults.Calendar;

namespace Qingmeng.Approval.Model;

/// <summary>待提交 → 已提交 → 已受理 / 补正 → 审查中 (⇄ 暂停计时) → 办结 / 不予许可.</summary>
public enum ApprovalTaskStatus
{
    Draft,
    Submitted,
    CorrectionRequested,
    Accepted,
    UnderReview,
    Suspended,
    Approved,
    Rejected,
}

/// <summary>
/// The work on one sub-item of one project. Its catalogue facts (name, limit, materials, prerequisites) are copied
/// at registration, so later catalogue versions do not alter a running case. Every method either changes the state
/// and returns null, or returns why not and changes nothing.
/// </summary>
public sealed class ApprovalTask
{
    /// <summary>行政许可法 §32: a submission neither accepted nor answered with a correction notice within 5 working days is accepted.</summary>
    public const int DeemedAcceptanceWorkingDays = 5;

    /// <summary>行政许可法 §42: one extension of 10 working days, approved by the head of the department.</summary>
    public const int ExtensionWorkingDays = 10;

    public Guid Id { get; private set; }

    public Guid ProjectId { get; private set; }

    public string CreditCode { get; private set; } = "";

    public string SubItemCode { get; private set; } = "";

    public string SubItemName { get; private set; } = "";

    public string ItemName { get; private set; } = "";

    public string DepartmentCode { get; private set; } = "";

    public ApprovalStage Stage { get; private set; }

    public int LimitWorkingDays { get; private set; }

    public bool GatesGroundbreaking { get; private set; }

    public List<string> RequiredMaterials { get; private set; } = [];

    public List<string> Prerequisites { get; private set; } = [];

    public ApprovalTaskStatus Status { get; private set; }

    /// <summary>Which application this is: 1, or more after 不予许可 and a new application (<see cref="Resubmit"/>).</summary>
    public int Attempt { get; private set; } = 1;

    /// <summary>The applications before the current one, each ended by a rejection, oldest first.</summary>
    public List<TaskAttempt> EarlierAttempts { get; private set; } = [];

    public List<string> SubmittedMaterials { get; private set; } = [];

    public DateTimeOffset? SubmittedAt { get; private set; }

    /// <summary>When an unanswered submission counts as accepted (§32).</summary>
    public DateTimeOffset? DeemedAcceptanceAt { get; private set; }

    public List<string> MissingMaterials { get; private set; } = [];

    public DateTimeOffset? CorrectionRequestedAt { get; private set; }

    public DateTimeOffset? AcceptedAt { get; private set; }

    public bool DeemedAccepted { get; private set; }

    public List<TaskPause> Pauses { get; private set; } = [];

    public int ExtensionDays { get; private set; }

    public string? ExtensionReason { get; private set; }

    public string? ExtensionApprovedBy { get; private set; }

    /// <summary>The statutory deadline; exact whenever the clock runs (it moves while a pause is open).</summary>
    public DateTimeOffset? DueAt { get; private set; }

    public DateTimeOffset? DecidedAt { get; private set; }

    public string? DecisionReason { get; private set; }

    public int? WorkingDaysUsed { get; private set; }

    public DateTimeOffset? OverdueNotifiedAt { get; private set; }

    public Guid? SupervisionCaseId { get; private set; }

    public string? SupervisionCaseNumber { get; private set; }

    public string? SupervisionResolution { get; private set; }

    public DateTimeOffset? SupervisionClosedAt { get; private set; }

    public uint Version { get; private set; }

    private ApprovalTask()
    {
    }

    public static ApprovalTask Create(Guid projectId, string creditCode, CatalogueSubItem subItem, string itemName, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        ProjectId = projectId,
        CreditCode = creditCode,
        SubItemCode = subItem.Code,
        SubItemName = subItem.Name,
        ItemName = itemName,
        DepartmentCode = subItem.DepartmentCode,
        Stage = subItem.Stage,
        LimitWorkingDays = subItem.LimitWorkingDays,
        GatesGroundbreaking = subItem.GatesGroundbreaking,
        RequiredMaterials = [.. subItem.Materials],
        Prerequisites = [.. subItem.Prerequisites],
        Status = ApprovalTaskStatus.Draft,
    };

    public bool IsDecided => Status is ApprovalTaskStatus.Approved or ApprovalTaskStatus.Rejected;

    /// <summary>The clock runs (or is stopped by a pause) between acceptance and decision.</summary>
    public bool IsClockRunning => Status is ApprovalTaskStatus.Accepted or ApprovalTaskStatus.UnderReview or ApprovalTaskStatus.Suspended;

    /// <summary>Pauses as the calendar sees them (null when there are none); an open pause ends at <paramref name="now"/>.</summary>
    public IEnumerable<PauseInterval>? PauseIntervals(DateTimeOffset now) => Pauses.Count == 0 ? null
        : Pauses.Select(p => new PauseInterval(p.Start, p.End ?? (now > p.Start ? now : p.Start)));

    /// <summary>The deadline as of <paramref name="now"/>: acceptance + limit (+ extension), pushed out by every pause; in UTC, as stored.</summary>
    public DateTimeOffset? ComputeDueAt(WorkingDayCalendar calendar, DateTimeOffset now) =>
        AcceptedAt is { } accepted ? calendar.AddWorkingDays(accepted, LimitWorkingDays + ExtensionDays, PauseIntervals(now)).ToUniversalTime() : null;

    /// <summary>
    /// Counts the running deadline (or the §32 deemed-acceptance date of a submission) again with a newly confirmed holiday
    /// schedule; the deadline before when it moved, otherwise null.
    /// </summary>
    public DateTimeOffset? RecomputeDeadlines(WorkingDayCalendar calendar, DateTimeOffset now)
    {
        if (Status is ApprovalTaskStatus.Accepted or ApprovalTaskStatus.UnderReview && DueAt is { } due)
        {
            var recomputed = ComputeDueAt(calendar, now);
            DueAt = recomputed;
            return recomputed == due ? null : due;
        }
        if (Status == ApprovalTaskStatus.Submitted && DeemedAcceptanceAt is { } deemed && SubmittedAt is { } submitted)
        {
            var recomputed = calendar.AddWorkingDays(submitted, DeemedAcceptanceWorkingDays).ToUniversalTime();
            DeemedAcceptanceAt = recomputed;
            return recomputed == deemed ? null : deemed;
        }
        return null;
    }

    /// <summary>Working days counted so far (or in total once decided), pauses excluded.</summary>
    public int? WorkingDaysElapsed(WorkingDayCalendar calendar, DateTimeOffset now) =>
        AcceptedAt is { } accepted ? calendar.CountWorkingDays(accepted, DecidedAt ?? (now > accepted ? now : accepted), PauseIntervals(now)) : null;

    public bool IsOverdue(WorkingDayCalendar calendar, DateTimeOffset now) =>
        Status is ApprovalTaskStatus.Accepted or ApprovalTaskStatus.UnderReview && ComputeDueAt(calendar, now) is { } due && now >= due;

    /// <summary>Applies §32 when its time has come: the submission counts as accepted from the day it was received.</summary>
    public bool ApplyDeemedAcceptance(WorkingDayCalendar calendar, DateTimeOffset now)
    {
        if (Status != ApprovalTaskStatus.Submitted || DeemedAcceptanceAt is not { } deemedAt || now < deemedAt)
        {
            return false;
        }
        Status = ApprovalTaskStatus.Accepted;
        AcceptedAt = SubmittedAt;
        DeemedAccepted = true;
        DueAt = ComputeDueAt(calendar, now);
        return true;
    }

    /// <summary>The applicant (or its agent) hands in materials: first submission from draft, or the answer to a correction notice.</summary>
    public TransitionRefusal? Submit(IReadOnlyList<string> materials, IReadOnlyCollection<string> unapprovedPrerequisites, WorkingDayCalendar calendar, DateTimeOffset now)
    {
        if (Status is not (ApprovalTaskStatus.Draft or ApprovalTaskStatus.CorrectionRequested))
        {
            return Conflict("submitted", ApprovalTaskStatus.Draft, ApprovalTaskStatus.CorrectionRequested);
        }
        if (MaterialsRefusal(materials) is { } refusal)
        {
            return refusal;
        }
        if (unapprovedPrerequisites.Count > 0)
        {
            return PrerequisitesRefusal(unapprovedPrerequisites, "提交", "submitted");
        }
        var stillMissing = OutstandingMaterials().Except(materials).ToList();
        if (stillMissing.Count > 0)
        {
            return MissingRefusal(stillMissing, Status == ApprovalTaskStatus.CorrectionRequested);
        }
        SubmittedMaterials = Status == ApprovalTaskStatus.CorrectionRequested ? [.. SubmittedMaterials.Union(materials)] : [.. materials];
        Status = ApprovalTaskStatus.Submitted;
        SubmittedAt = now;
        DeemedAcceptanceAt = calendar.AddWorkingDays(now, DeemedAcceptanceWorkingDays).ToUniversalTime();
        return null;
    }

    /// <summary>
    /// 重新申请 after 不予许可: the rejected application is kept in <see cref="EarlierAttempts"/> and a new one starts,
    /// with the full set of materials, its own §32 date and, once accepted, its own statutory clock.
    /// </summary>
    public TransitionRefusal? Resubmit(IReadOnlyList<string> materials, IReadOnlyCollection<string> unapprovedPrerequisites, WorkingDayCalendar calendar, DateTimeOffset now)
    {
        if (Status != ApprovalTaskStatus.Rejected)
        {
            return new(true, "只有不予许可的事项可以重新申请 (only a rejected task can be applied for again).",
                $"事项 {SubItemCode} 当前状态为 {Status}，只有不予许可（Rejected）后才能重新申请。 Task {SubItemCode} is {Status}; it can be resubmitted only when it is Rejected.");
        }
        if (MaterialsRefusal(materials) is { } refusal)
        {
            return refusal;
        }
        if (unapprovedPrerequisites.Count > 0)
        {
            return PrerequisitesRefusal(unapprovedPrerequisites, "重新申请", "resubmitted");
        }
        var missing = RequiredMaterials.Except(materials).ToList();
        if (missing.Count > 0)
        {
            return MissingRefusal(missing, false);
        }

        EarlierAttempts.Add(new TaskAttempt
        {
            Number = Attempt,
            SubmittedMaterials = [.. SubmittedMaterials],
            SubmittedAt = SubmittedAt,
            CorrectionRequestedAt = CorrectionRequestedAt,
            AcceptedAt = AcceptedAt,
            DeemedAccepted = DeemedAccepted,
            DueAt = DueAt,
            ExtensionDays = ExtensionDays,
            DecidedAt = DecidedAt,
            RejectionReason = DecisionReason,
            WorkingDaysUsed = WorkingDaysUsed,
            OverdueNotifiedAt = OverdueNotifiedAt,
        });
        Attempt++;
        SubmittedMaterials = [.. materials];
        MissingMaterials = [];
        CorrectionRequestedAt = null;
        AcceptedAt = null;
        DeemedAccepted = false;
        Pauses = [];
        ExtensionDays = 0;
        ExtensionReason = null;
        ExtensionApprovedBy = null;
        DueAt = null;
        DecidedAt = null;
        DecisionReason = null;
        WorkingDaysUsed = null;
        // The new attempt's lateness is its own and is reported again; the supervision case of the old one stays linked.
        OverdueNotifiedAt = null;
        Status = ApprovalTaskStatus.Submitted;
        SubmittedAt = now;
        DeemedAcceptanceAt = calendar.AddWorkingDays(now, DeemedAcceptanceWorkingDays).ToUniversalTime();
        return null;
    }

    /// <summary>
    /// The required materials the applicant has still to hand in, in catalogue order: all of them before a first
    /// application or after a rejection (a new application is complete again), those of the correction notice while
    /// one is open, and otherwise any required material not yet handed in.
    /// </summary>
    public IReadOnlyList<string> OutstandingMaterials() => Status switch
    {
        ApprovalTaskStatus.Draft or ApprovalTaskStatus.Rejected => RequiredMaterials,
        ApprovalTaskStatus.CorrectionRequested => [.. RequiredMaterials.Where(m => MissingMaterials.Contains(m) || !SubmittedMaterials.Contains(m))],
        _ => [.. RequiredMaterials.Where(m => !SubmittedMaterials.Contains(m))],
    };

    /// <summary>受理: the department accepts the application; the statutory clock starts.</summary>
    public TransitionRefusal? Accept(WorkingDayCalendar calendar, DateTimeOffset now)
    {
        if (Status != ApprovalTaskStatus.Submitted)
        {
            return Conflict("accepted", ApprovalTaskStatus.Submitted);
        }
        Status = ApprovalTaskStatus.Accepted;
        AcceptedAt = now;
        DueAt = ComputeDueAt(calendar, now);
        return null;
    }

    /// <summary>补正: every missing material at once (一次性告知); a task gets one such notice.</summary>
    public TransitionRefusal? RequestCorrection(IReadOnlyList<string> missing, DateTimeOffset now)
    {
        if (Status != ApprovalTaskStatus.Submitted)
        {
            return Conflict("sent back for correction", ApprovalTaskStatus.Submitted);
        }
        if (CorrectionRequestedAt is not null)
        {
            return new(true, "已发出过补正告知 (a correction notice was already issued)",
                $"事项 {SubItemCode} 当前为 {Status}；一次性告知只允许发出一次列明全部缺件的补正告知，已于 {CorrectionRequestedAt:O} 发出 (task {SubItemCode} is {Status}; one correction notice listing every missing material was issued on {CorrectionRequestedAt:O})",
                "missingMaterials");
        }
        if (MaterialsRefusal(missing, "missingMaterials") is { } refusal)
        {
            return refusal;
        }
        Status = ApprovalTaskStatus.CorrectionRequested;
        MissingMaterials = [.. missing];
        CorrectionRequestedAt = now;
        DeemedAcceptanceAt = null;
        return null;
    }

    public TransitionRefusal? StartReview()
    {
        if (Status != ApprovalTaskStatus.Accepted)
        {
            return Conflict("put under review", ApprovalTaskStatus.Accepted);
        }
        Status = ApprovalTaskStatus.UnderReview;
        return null;
    }

    /// <summary>Stops the clock (§45 procedures, or waiting for the applicant's supplement).</summary>
    public TransitionRefusal? Suspend(PauseKind kind, string reason, DateTimeOffset now)
    {
        if (Status != ApprovalTaskStatus.UnderReview)
        {
            return Conflict("suspended", ApprovalTaskStatus.UnderReview);
        }
        Status = ApprovalTaskStatus.Suspended;
        Pauses.Add(new TaskPause { Kind = kind, Reason = reason, Start = now });
        return null;
    }

    public TransitionRefusal? Resume(WorkingDayCalendar calendar, DateTimeOffset now)
    {
        if (Status != ApprovalTaskStatus.Suspended)
        {
            return Conflict("resumed", ApprovalTaskStatus.Suspended);
        }
        Status = ApprovalTaskStatus.UnderReview;
        Pauses[^1].End = now;
        DueAt = ComputeDueAt(calendar, now);
        return null;
    }

    /// <summary>§42: one extension of 10 working days, with the reason and the approver recorded.</summary>
    public TransitionRefusal? Extend(string reason, string approvedBy, WorkingDayCalendar calendar, DateTimeOffset now)
    {
        if (!IsClockRunning)
        {
            return Conflict("extended", ApprovalTaskStatus.Accepted, ApprovalTaskStatus.UnderReview, ApprovalTaskStatus.Suspended);
        }
        if (ExtensionDays > 0)
        {
            return new(true, "该事项已延期过一次 (the task was already extended once)",
                $"事项 {SubItemCode} 当前为 {Status}，已按第四十二条延期 {ExtensionWorkingDays} 个工作日，只能延期一次 (task {SubItemCode} is {Status} and already has its one extension of {ExtensionWorkingDays} working days, §42)", "reason");
        }
        ExtensionDays = ExtensionWorkingDays;
        ExtensionReason = reason;
        ExtensionApprovedBy = approvedBy;
        DueAt = ComputeDueAt(calendar, now);
        return null;
    }

    /// <summary>办结 (approved) or 不予许可 (rejected, with the reason).</summary>
    public TransitionRefusal? Decide(bool approved, string? reason, IReadOnlyCollection<string> unapprovedPrerequisites, WorkingDayCalendar calendar, DateTimeOffset now)
    {
        if (Status != ApprovalTaskStatus.UnderReview)
        {
            return Conflict(approved ? "approved" : "rejected", ApprovalTaskStatus.UnderReview);
        }
        if (approved && unapprovedPrerequisites.Count > 0)
        {
            return PrerequisitesRefusal(unapprovedPrerequisites, "办结", "approved");
        }
        if (!approved && string.IsNullOrWhiteSpace(reason))
        {
            return new(false, "A rejection needs its reason.", "不予许可 must state the reason (行政许可法 §38).", "reason");
        }
        Status = approved ? ApprovalTaskStatus.Approved : ApprovalTaskStatus.Rejected;
        DecidedAt = now;
        DecisionReason = reason;
        WorkingDaysUsed = WorkingDaysElapsed(calendar, now);
        return null;
    }

    /// <summary>Marks the overdue notice as sent; false when it already was (the event is raised once per task and attempt).</summary>
    public bool MarkOverdueNotified(DateTimeOffset now)
    {
        if (OverdueNotifiedAt is not null)
        {
            return false;
        }
        OverdueNotifiedAt = now;
        return true;
    }

    public void LinkSupervisionCase(Guid caseId, string caseNumber)
    {
        SupervisionCaseId = caseId;
        SupervisionCaseNumber = caseNumber;
    }

    public void CloseSupervision(Guid caseId, string caseNumber, string resolution, DateTimeOffset closedAt)
    {
        LinkSupervisionCase(caseId, caseNumber);
        SupervisionResolution = resolution;
        SupervisionClosedAt = closedAt;
    }

    private TransitionRefusal? MaterialsRefusal(IReadOnlyList<string> materials, string field = "materials")
    {
        if (materials.Count == 0)
        {
            return new(false, "未列出材料 (no materials listed).", "请至少列出一项材料。 List at least one material.", field);
        }
        var duplicates = materials.GroupBy(m => m).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        if (duplicates.Count > 0)
        {
            return new(false, "材料重复列出 (materials listed twice).",
                $"重复列出：{string.Join("、", duplicates)}。 Listed more than once: {string.Join("、", duplicates)}.", field, duplicates);
        }
        var unknown = materials.Except(RequiredMaterials).ToList();
        if (unknown.Count > 0)
        {
            return new(false, "不是本事项要求的材料 (materials not required by this sub-item).",
                $"{SubItemCode} 不要求：{string.Join("、", unknown)}；要求的材料：{string.Join("、", RequiredMaterials)}。 {SubItemCode} does not require: {string.Join("、", unknown)}. Required: {string.Join("、", RequiredMaterials)}.", field, unknown);
        }
        return null;
    }

    private TransitionRefusal PrerequisitesRefusal(IReadOnlyCollection<string> unapproved, string verb, string englishVerb) => new(false,
        "前置事项尚未办结 (prerequisite sub-items are not approved yet).",
        $"{SubItemCode} 须在 {string.Join("、", unapproved)} 办结后才能{verb}。 {SubItemCode} can be {englishVerb} only after {string.Join("、", unapproved)} are approved.",
        "prerequisites", [.. unapproved]);

    /// <summary>
    /// An incomplete application is refused on the spot, naming every missing material at once (行政许可法 §32 当场一次告知):
    /// the catalogue lists each sub-item's required materials and marks none as deferrable (容缺), so none may be missing.
    /// </summary>
    private TransitionRefusal MissingRefusal(IReadOnlyList<string> missing, bool answeringCorrection) => new(false,
        answeringCorrection ? "补正材料不全 (the correction notice is not fully answered)." : "申请材料不全 (required materials are missing).",
        $"{SubItemCode} 缺少：{string.Join("、", missing)}。 Still missing: {string.Join("、", missing)}.",
        "materials", missing);

    private TransitionRefusal Conflict(string verb, params ApprovalTaskStatus[] allowedFrom) => new(true,
        $"任务当前状态不允许此操作 (the task cannot be {verb} in its current state).",
        $"事项 {SubItemCode} 当前状态为 {Status}，只有在 {string.Join(" 或 ", allowedFrom)} 状态下才能进行此操作。 Task {SubItemCode} is {Status}; it can be {verb} only when it is {string.Join(" or ", allowedFrom)}.");
}
