using Qingmeng.Contracts;
using Qingmeng.ServiceDefaults.Calendar;

namespace Qingmeng.Governance.Model.Cases;

/// <summary>
/// A grievance or request (工单) handled as a closed loop. Every transition is checked against
/// <see cref="CaseLifecycle"/> (an illegal one throws <see cref="IllegalCaseTransitionException"/>, answered as 409),
/// and the transitions other services care about return their integration event.
/// </summary>
public sealed class Case
{
    private readonly List<CaseDispatch> _dispatches = [];
    private readonly List<CaseCoHandler> _coHandlers = [];
    private readonly List<CaseNote> _notes = [];
    private readonly List<CaseExtension> _extensions = [];

    public Guid Id { get; private set; }

    /// <summary>Human-readable number quoted on the phone and in letters, e.g. GD20260315000042.</summary>
    public string Number { get; private set; } = "";

    public CaseChannel Channel { get; private set; }

    public string ModuleCode { get; private set; } = "";

    public string? ServiceCode { get; private set; }

    public string Title { get; private set; } = "";

    public string Description { get; private set; } = "";

    public string? CreditCode { get; private set; }

    /// <summary>Where it happens (an address or landmark), normalised for duplicate detection.</summary>
    public string? Place { get; private set; }

    public string? ContactPhone { get; private set; }

    /// <summary>WGS84 latitude as the caller gave it (Open311 <c>lat</c>), exact: never folded into <see cref="Place"/>.</summary>
    public decimal? Latitude { get; private set; }

    /// <summary>WGS84 longitude as the caller gave it (Open311 <c>long</c>).</summary>
    public decimal? Longitude { get; private set; }

    /// <summary>The address as the caller wrote it; <see cref="Place"/> is its normalised form for duplicate detection.</summary>
    public string? Address { get; private set; }

    /// <summary>The complainant's e-mail, given name and family name (Open311 <c>email</c>, <c>first_name</c>, <c>last_name</c>): personal data.</summary>
    public string? ContactEmail { get; private set; }

    public string? ContactFirstName { get; private set; }

    public string? ContactLastName { get; private set; }

    /// <summary>Open311 <c>media_url</c>: a photo or other media of the matter.</summary>
    public string? MediaUrl { get; private set; }

    /// <summary>Open311 <c>address_id</c>, <c>device_id</c>, <c>account_id</c>: the client's own references, kept as given.</summary>
    public string? AddressId { get; private set; }

    public string? DeviceId { get; private set; }

    public string? AccountId { get; private set; }

    /// <summary>The other service's object this case was opened for, e.g. <c>approval:{project}/{task}</c>; unique.</summary>
    public string? SourceReference { get; private set; }

    private const string ApprovalPrefix = "approval:";

    /// <summary>The source reference of a 督办 case opened for an overdue approval task.</summary>
    public static string ApprovalSourceReference(Guid projectId, Guid taskId) => $"{ApprovalPrefix}{projectId:N}/{taskId:N}";

    /// <summary>
    /// The approval task this 督办 case supervises, from its source reference; null for every other case. Only the
    /// reference counts: a title naming a task id links nothing.
    /// </summary>
    public (Guid ProjectId, Guid TaskId)? SupervisedApprovalTask
    {
        get
        {
            if (SourceReference is not { } reference || !reference.StartsWith(ApprovalPrefix, StringComparison.Ordinal))
            {
                return null;
            }
            var parts = reference[ApprovalPrefix.Length..].Split('/');
            return parts.Length == 2 && Guid.TryParse(parts[0], out var project) && Guid.TryParse(parts[1], out var task) ? (project, task) : null;
        }
    }

    /// <summary>The earlier open case this one repeats (same firm or place, same category, within the window): linked, not dropped.</summary>
    public Guid? DuplicateOfCaseId { get; private set; }

    public CaseStatus Status { get; private set; }

    public string? LeadDepartmentCode { get; private set; }

    public DateTimeOffset? DispatchedAt { get; private set; }

    public DateTimeOffset? SignForDueAt { get; private set; }

    public DateTimeOffset? SignedForAt { get; private set; }

    /// <summary>When the completion clock started: the dispatch, or the reopening after an unsatisfied follow-up.</summary>
    public DateTimeOffset? ClockStartedAt { get; private set; }

    public int CompletionWorkingDays { get; private set; }

    /// <summary>Working days granted by approved extensions since the clock started.</summary>
    public int ExtensionWorkingDays { get; private set; }

    public DateTimeOffset? CompletionDueAt { get; private set; }

    public string? Resolution { get; private set; }

    public DateTimeOffset FiledAt { get; private set; }

    public DateTimeOffset? LeadClosedAt { get; private set; }

    public DateTimeOffset? ClosedAt { get; private set; }

    public int ReturnCount { get; private set; }

    public int ReopenCount { get; private set; }

    public bool? Satisfied { get; private set; }

    /// <summary>The filer's own rating of the answer (1–5), when the follow-up was theirs rather than the centre's call.</summary>
    public int? Rating { get; private set; }

    public DateTimeOffset? FollowedUpAt { get; private set; }

    public DateTimeOffset? EscalatedAt { get; private set; }

    /// <summary>The client's Idempotency-Key: a retried filing returns the first case instead of a second one.</summary>
    public string? IdempotencyKey { get; private set; }

    /// <summary>Subject of whoever filed it (a firm user, a citizen, an officer or a partner system): the case's owner.</summary>
    public string FiledBy { get; private set; } = "";

    /// <summary>
    /// The firm whose user filed it, or null when a citizen, the hotline or the centre filed it: a firm reads the cases
    /// it filed itself in full, but not someone else's complaint about it while that is open (the complainant stays private).
    /// </summary>
    public string? FiledByCreditCode { get; private set; }

    public uint Version { get; private set; }

    public IReadOnlyList<CaseDispatch> Dispatches => _dispatches;

    public IReadOnlyList<CaseCoHandler> CoHandlers => _coHandlers;

    public IReadOnlyList<CaseNote> Notes => _notes;

    public IReadOnlyList<CaseExtension> Extensions => _extensions;

    private Case()
    {
    }

    public static (Case Case, CaseFiled Event) File(
        string number, CaseChannel channel, string moduleCode, string title, string description,
        string? creditCode, string? contactPhone, string? idempotencyKey, string filedBy, DateTimeOffset now,
        string? serviceCode = null, string? place = null, string? sourceReference = null, string? filedByCreditCode = null,
        string? filingNoteAuthor = null)
    {
        var filed = new Case
        {
            Id = Guid.CreateVersion7(now),
            Number = number,
            Channel = channel,
            ModuleCode = moduleCode,
            ServiceCode = serviceCode,
            Title = title,
            Description = description,
            CreditCode = creditCode,
            Place = NormalisePlace(place),
            Address = string.IsNullOrWhiteSpace(place) ? null : place.Trim(),
            ContactPhone = contactPhone,
            SourceReference = sourceReference,
            Status = CaseStatus.Accepted,
            FiledAt = now,
            IdempotencyKey = idempotencyKey,
            FiledBy = filedBy,
            FiledByCreditCode = filedByCreditCode,
        };
        filed._notes.Add(CaseNote.Create(filed.Id, CaseNoteKind.Filed, filingNoteAuthor ?? filedBy, null, $"受理（{channel}）：{title}", now));
        var supervised = filed.SupervisedApprovalTask;
        return (filed, new CaseFiled(filed.Id, number, channel.ToString(), moduleCode, title, creditCode,
            SupervisedProjectId: supervised?.ProjectId, SupervisedTaskId: supervised?.TaskId) { OccurredAt = now });
    }

    /// <summary>Places compare without spaces and punctuation, so "清濛大道 88 号" and "清濛大道88号" are the same place.</summary>
    public static string? NormalisePlace(string? place)
    {
        if (string.IsNullOrWhiteSpace(place))
        {
            return null;
        }
        var kept = place.Where(ch => !char.IsWhiteSpace(ch) && !char.IsPunctuation(ch)).ToArray();
        return kept.Length == 0 ? null : new string(kept).ToUpperInvariant();
    }

    /// <summary>What a GeoReport v2 request adds beyond the common fields: the point and the complainant's other details.</summary>
    public void RecordSubmission(CaseSubmissionDetails details)
    {
        Latitude = details.Location?.Latitude;
        Longitude = details.Location?.Longitude;
        ContactEmail = details.Email;
        ContactFirstName = details.FirstName;
        ContactLastName = details.LastName;
        MediaUrl = details.MediaUrl;
        AddressId = details.AddressId;
        DeviceId = details.DeviceId;
        AccountId = details.AccountId;
    }

    public void LinkAsDuplicateOf(Guid earlierCaseId) => DuplicateOfCaseId = earlierCaseId;

    /// <summary>派单: to a lead department and optional co-handlers; starts the sign-for and completion clocks.</summary>
    public CaseDispatched Dispatch(
        string leadDepartmentCode, IReadOnlyCollection<string> coHandlerDepartmentCodes, GovernanceModule module,
        string dispatchedBy, DateTimeOffset now, WorkingDayCalendar calendar)
    {
        Ensure(CaseAction.Dispatch);
        if (coHandlerDepartmentCodes.Contains(leadDepartmentCode, StringComparer.Ordinal))
        {
            throw new CaseRuleException("主办部门不能同时是协办部门 (the lead department cannot also be a co-handler)", "coHandlerDepartmentCodes");
        }
        if (coHandlerDepartmentCodes.Distinct(StringComparer.Ordinal).Count() != coHandlerDepartmentCodes.Count)
        {
            throw new CaseRuleException("协办部门重复 (a co-handler is listed twice)", "coHandlerDepartmentCodes");
        }

        Status = CaseStatus.Dispatched;
        LeadDepartmentCode = leadDepartmentCode;
        DispatchedAt = now;
        SignForDueAt = calendar.AddWorkingDays(now, module.SignForWorkingDays).ToUniversalTime();
        SignedForAt = null;
        StartCompletionClock(module.CompletionWorkingDays, now, calendar);
        _coHandlers.Clear();
        _coHandlers.AddRange(coHandlerDepartmentCodes.Select(code => new CaseCoHandler(Id, code)));
        _dispatches.Add(new CaseDispatch(Id, leadDepartmentCode, dispatchedBy, now, SignForDueAt.Value));
        _notes.Add(CaseNote.Create(Id, CaseNoteKind.Dispatched, dispatchedBy, null,
            coHandlerDepartmentCodes.Count == 0 ? $"派单至 {leadDepartmentCode}" : $"派单至 {leadDepartmentCode}，协办 {string.Join("、", coHandlerDepartmentCodes)}", now));
        return new CaseDispatched(Id, Number, leadDepartmentCode, [.. coHandlerDepartmentCodes], SignForDueAt.Value) { OccurredAt = now };
    }

    /// <summary>签收 by the lead department; after the deadline it still counts, as a late sign-for.</summary>
    public void SignFor(string departmentCode, string officer, DateTimeOffset now)
    {
        Ensure(CaseAction.SignFor);
        EnsureLead(departmentCode, "sign for");
        Status = CaseStatus.InProgress;
        SignedForAt = now;
        CurrentDispatch.SignedForAt = now;
        _notes.Add(CaseNote.Create(Id, CaseNoteKind.SignedFor, officer, departmentCode, "已签收", now));
    }

    /// <summary>退单 with a coded reason: the centre must re-dispatch.</summary>
    public void Return(string departmentCode, ReturnReason reason, string note, string officer, DateTimeOffset now)
    {
        Ensure(CaseAction.Return);
        EnsureLead(departmentCode, "return");
        var dispatch = CurrentDispatch;
        dispatch.ReturnedAt = now;
        dispatch.ReturnReason = reason;
        Status = CaseStatus.Returned;
        LeadDepartmentCode = null;
        SignForDueAt = null;
        CompletionDueAt = null;
        ClockStartedAt = null;
        _coHandlers.Clear();
        ReturnCount++;
        _notes.Add(CaseNote.Create(Id, CaseNoteKind.Returned, officer, departmentCode, $"[{reason}] {note}", now));
    }

    public CaseNote AddProgressNote(string? departmentCode, string author, string text, DateTimeOffset now)
    {
        Ensure(CaseAction.AddNote);
        if (departmentCode is not null && departmentCode != LeadDepartmentCode && !_coHandlers.Any(h => h.DepartmentCode == departmentCode))
        {
            throw new CaseRuleException("只有主办部门和协办部门可以填写办理进展 (only the lead department and the co-handlers write progress notes)", statusCode: 403);
        }
        var note = CaseNote.Create(Id, CaseNoteKind.Progress, author, departmentCode, text, now);
        _notes.Add(note);
        return note;
    }

    /// <summary>A co-handler reports its part; when the lead has already closed, the last report closes the case.</summary>
    public CaseClosed? ReportAsCoHandler(string departmentCode, string report, string officer, DateTimeOffset now)
    {
        Ensure(CaseAction.ReportAsCoHandler);
        var coHandler = _coHandlers.FirstOrDefault(h => h.DepartmentCode == departmentCode)
            ?? throw new CaseRuleException($"{departmentCode} 不是本诉求的协办部门 ({departmentCode} is not a co-handler of this case)", statusCode: 403);
        if (coHandler.ReportedAt is not null)
        {
            throw new CaseRuleException($"{departmentCode} 已就本诉求反馈过 ({departmentCode} has already reported on this case)", statusCode: 409);
        }
        coHandler.Report = report;
        coHandler.ReportedAt = now;
        _notes.Add(CaseNote.Create(Id, CaseNoteKind.CoHandlerReported, officer, departmentCode, report, now));
        if (Status != CaseStatus.AwaitingCoHandlers || PendingCoHandlers.Count > 0)
        {
            return null;
        }
        _notes.Add(CaseNote.Create(Id, CaseNoteKind.Closed, officer, departmentCode, $"协办反馈已全部收到，工单办结：{Resolution}", now));
        return Complete(now);
    }

    public IReadOnlyList<string> PendingCoHandlers => [.. _coHandlers.Where(h => h.ReportedAt is null).Select(h => h.DepartmentCode)];

    public CaseExtension RequestExtension(string departmentCode, int workingDays, string reason, string officer, DateTimeOffset now)
    {
        Ensure(CaseAction.RequestExtension);
        EnsureLead(departmentCode, "request an extension for");
        if (_extensions.Any(e => e.Status == ExtensionStatus.Pending))
        {
            throw new CaseRuleException("已有延期申请等待中心审批 (an extension request is already waiting for the centre's decision)", statusCode: 409);
        }
        var extension = new CaseExtension(Id, departmentCode, workingDays, reason, officer, now);
        _extensions.Add(extension);
        _notes.Add(CaseNote.Create(Id, CaseNoteKind.ExtensionRequested, officer, departmentCode, $"申请延期 {workingDays} 个工作日：{reason}", now));
        return extension;
    }

    /// <summary>An approved extension moves the completion deadline; a case closed by the new deadline is on time.</summary>
    public void DecideExtension(Guid extensionId, bool approve, string decidedBy, DateTimeOffset now, WorkingDayCalendar calendar)
    {
        Ensure(CaseAction.DecideExtension);
        var extension = _extensions.FirstOrDefault(e => e.Id == extensionId)
            ?? throw new CaseRuleException("本诉求没有该延期申请 (no such extension request on this case)", statusCode: 404);
        if (extension.Status != ExtensionStatus.Pending)
        {
            throw new CaseRuleException($"该延期申请已是 {extension.Status} 状态 (the extension request is already {extension.Status})", statusCode: 409);
        }
        extension.Status = approve ? ExtensionStatus.Approved : ExtensionStatus.Rejected;
        extension.DecidedAt = now;
        extension.DecidedBy = decidedBy;
        if (approve)
        {
            ExtensionWorkingDays += extension.WorkingDays;
            CompletionDueAt = calendar.AddWorkingDays(ClockStartedAt!.Value, CompletionWorkingDays + ExtensionWorkingDays).ToUniversalTime();
        }
        _notes.Add(CaseNote.Create(Id, approve ? CaseNoteKind.ExtensionApproved : CaseNoteKind.ExtensionRejected, decidedBy, null,
            approve ? $"同意延期 {extension.WorkingDays} 个工作日" : "不同意延期", now));
    }

    /// <summary>即办: the centre resolves the case itself, without a department.</summary>
    public CaseClosed CloseByCentre(string resolution, string closedBy, DateTimeOffset now)
    {
        Ensure(CaseAction.CloseByCentre);
        Resolution = resolution;
        LeadClosedAt = now;
        _notes.Add(CaseNote.Create(Id, CaseNoteKind.Closed, closedBy, null, resolution, now));
        return Complete(now);
    }

    /// <summary>办结 by the lead department; a co-handled case waits for every co-handler's report (returns null until then).</summary>
    public CaseClosed? CloseByLead(string departmentCode, string resolution, string officer, DateTimeOffset now)
    {
        Ensure(CaseAction.CloseByLead);
        EnsureLead(departmentCode, "close");
        Resolution = resolution;
        LeadClosedAt = now;
        if (PendingCoHandlers is { Count: > 0 } pending)
        {
            // Not closed yet: the timeline says whose report the case is waiting for (README: 办结 waits for every co-handler).
            _notes.Add(CaseNote.Create(Id, CaseNoteKind.LeadCompleted, officer, departmentCode,
                $"牵头部门办结，待协办反馈：{string.Join("、", pending)}（{resolution}）", now));
            Status = CaseStatus.AwaitingCoHandlers;
            return null;
        }
        _notes.Add(CaseNote.Create(Id, CaseNoteKind.Closed, officer, departmentCode, resolution, now));
        return Complete(now);
    }

    public const int LowestRating = 1;
    public const int HighestRating = 5;

    /// <summary>基本满意 (3) and above count as satisfied, as the 12345 centre's callback counts 满意 and 基本满意.</summary>
    public const int SatisfiedFromRating = 3;

    public const int RatingCommentMaxLength = 1000;

    /// <summary>回访: satisfied completes the loop; unsatisfied reopens the case (重办) with a fresh completion clock.</summary>
    public CaseFollowedUp FollowUp(bool satisfied, string comment, string by, GovernanceModule module, DateTimeOffset now, WorkingDayCalendar calendar)
    {
        Ensure(CaseAction.FollowUp);
        Rating = null;
        return RecordFollowUp(satisfied, comment, by, module, now, calendar);
    }

    /// <summary>
    /// 评价: the filer rates the answer to their own case, once it is closed. The rating is the case's 回访 — the same
    /// satisfaction, event and reopening (1–2 stars: 重办) as the centre's callback — so the KPIs and the scorecard count it.
    /// The timeline names the filer by role only (投诉人信息保护).
    /// </summary>
    public CaseFollowedUp Rate(string filer, int? rating, string? comment, string timelineAuthor, GovernanceModule module, DateTimeOffset now, WorkingDayCalendar calendar)
    {
        if (filer != FiledBy)
        {
            throw new CaseRuleException("只有诉求人本人可以评价办理结果 (only the case's filer may rate it)", statusCode: 403);
        }
        if (rating is not (>= LowestRating and <= HighestRating))
        {
            throw new CaseRuleException($"评分须为 {LowestRating} 至 {HighestRating} 的整数 (rating must be a whole number from {LowestRating} to {HighestRating})", "rating");
        }
        if (comment is { Length: > RatingCommentMaxLength })
        {
            throw new CaseRuleException($"评价内容最多 {RatingCommentMaxLength} 字 (the comment is at most {RatingCommentMaxLength} characters)", "comment");
        }
        Ensure(CaseAction.FollowUp);
        Rating = rating;
        var text = comment is { Length: > 0 } ? $"诉求人评价 {rating} 分：{comment}" : $"诉求人评价 {rating} 分";
        return RecordFollowUp(rating >= SatisfiedFromRating, text, timelineAuthor, module, now, calendar);
    }

    private CaseFollowedUp RecordFollowUp(bool satisfied, string comment, string by, GovernanceModule module, DateTimeOffset now, WorkingDayCalendar calendar)
    {
        FollowedUpAt = now;
        Satisfied = satisfied;
        _notes.Add(CaseNote.Create(Id, satisfied ? CaseNoteKind.FollowUpSatisfied : CaseNoteKind.FollowUpUnsatisfied, by, null, comment, now));
        var followedUp = new CaseFollowedUp(Id, Number, ModuleCode, satisfied, CreditCode) { OccurredAt = now };
        if (satisfied)
        {
            Status = CaseStatus.FollowedUp;
            return followedUp;
        }

        ReopenCount++;
        Resolution = null;
        ClosedAt = null;
        LeadClosedAt = null;
        if (LeadDepartmentCode is null)
        {
            // Resolved by the centre itself: back to the centre's queue for dispatch.
            Status = CaseStatus.Accepted;
            return followedUp;
        }
        Status = CaseStatus.InProgress;
        StartCompletionClock(module.CompletionWorkingDays, now, calendar);
        foreach (var coHandler in _coHandlers)
        {
            coHandler.Report = null;
            coHandler.ReportedAt = null;
        }
        return followedUp;
    }

    /// <summary>The supervision job marks a badly overdue case (升级督办).</summary>
    public void MarkEscalated(DateTimeOffset now) => EscalatedAt = now;

    /// <summary>The deadline the case is currently running against: sign-for while dispatched, completion while being handled.</summary>
    public DateTimeOffset? CurrentDeadline => Status switch
    {
        CaseStatus.Dispatched => SignForDueAt,
        CaseStatus.InProgress or CaseStatus.AwaitingCoHandlers => CompletionDueAt,
        _ => null,
    };

    /// <summary>
    /// Counts the running sign-for and completion clocks again with a newly confirmed holiday schedule (调休 may move them);
    /// the event when a deadline moved, otherwise null.
    /// </summary>
    public CaseDeadlineChanged? RecomputeDeadlines(int signForWorkingDays, WorkingDayCalendar calendar, int confirmedYear, DateTimeOffset now)
    {
        if (!CaseLifecycle.IsOpen(Status))
        {
            return null;
        }
        var signForDueAt = Status == CaseStatus.Dispatched && DispatchedAt is { } dispatched && SignForDueAt is not null
            ? calendar.AddWorkingDays(dispatched, signForWorkingDays).ToUniversalTime()
            : SignForDueAt;
        var completionDueAt = ClockStartedAt is { } started && CompletionDueAt is not null
            ? calendar.AddWorkingDays(started, CompletionWorkingDays + ExtensionWorkingDays).ToUniversalTime()
            : CompletionDueAt;
        if (signForDueAt == SignForDueAt && completionDueAt == CompletionDueAt)
        {
            return null;
        }
        SignForDueAt = signForDueAt;
        CompletionDueAt = completionDueAt;
        return new CaseDeadlineChanged(Id, Number, SignForDueAt, CompletionDueAt, confirmedYear) { OccurredAt = now };
    }

    /// <summary>Closed no later than the (extended) completion deadline; cases without a deadline (centre-closed) are on time.</summary>
    public bool? ClosedOnTime => ClosedAt is null ? null : CompletionDueAt is null || ClosedAt <= CompletionDueAt;

    private CaseDispatch CurrentDispatch => _dispatches.OrderByDescending(d => d.DispatchedAt).First();

    private void StartCompletionClock(int completionWorkingDays, DateTimeOffset now, WorkingDayCalendar calendar)
    {
        ClockStartedAt = now;
        CompletionWorkingDays = completionWorkingDays;
        ExtensionWorkingDays = 0;
        CompletionDueAt = calendar.AddWorkingDays(now, completionWorkingDays).ToUniversalTime();
    }

    private CaseClosed Complete(DateTimeOffset now)
    {
        Status = CaseStatus.Closed;
        ClosedAt = now;
        return new CaseClosed(Id, Number, ModuleCode, Title, Resolution!, CreditCode, ClosedOnTime) { OccurredAt = now };
    }

    private void Ensure(CaseAction action)
    {
        if (!CaseLifecycle.IsAllowed(Status, action))
        {
            throw new IllegalCaseTransitionException(Status, action);
        }
    }

    private void EnsureLead(string departmentCode, string verb)
    {
        if (departmentCode != LeadDepartmentCode)
        {
            throw new CaseRuleException($"只有主办部门可以执行此操作 (only the lead department can {verb} this case)", statusCode: 403);
        }
    }
}
