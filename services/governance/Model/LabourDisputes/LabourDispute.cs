using Qingmeng.Contracts.ReferenceData;
using Qingmeng.Contracts;
using Qingmeng.ServiceDefaults.Calendar;

namespace Qingmeng.Governance.Model.LabourDisputes;

/// <summary>
/// A labour-dispute arbitration application handled through the green channel (快立、快审、快执、快结):
/// acceptance within 5 working days of filing, the award within 45 days of acceptance, extendable once by at most 15 days
/// with the commission director's approval. Wage-arrears (欠薪) claims are flagged for early intervention at filing
/// and linked into a group when many workers or several claims face the same firm.
/// The worker's resident ID is kept only masked and as a keyed digest (to recognise the same worker), never in clear.
/// </summary>
public sealed class LabourDispute
{
    /// <summary>The labour-dispute arbitration commission sits with the human-resources bureau (人社局).</summary>
    public const string ArbitrationDepartmentCode = DepartmentCatalogue.HumanResources;

    private LabourDispute()
    {
    }

    public Guid Id { get; private set; }

    /// <summary>Case number quoted to the parties, e.g. LD20261128000042.</summary>
    public string Number { get; private set; } = "";

    public string ApplicantName { get; private set; } = "";

    /// <summary>The applicant's resident ID as shown: 350***********123X.</summary>
    public string ApplicantIdMasked { get; private set; } = "";

    /// <summary>A digest of the normalised resident ID: the same worker across applications, without the number.</summary>
    public string ApplicantKey { get; private set; } = "";

    public string? ApplicantPhone { get; private set; }

    public string RespondentCreditCode { get; private set; } = "";

    public string RespondentName { get; private set; } = "";

    public LabourClaimType ClaimType { get; private set; }

    public decimal ClaimedAmount { get; private set; }

    /// <summary>欠薪: flagged at filing for early intervention and listed first.</summary>
    public bool WageArrears { get; private set; }

    /// <summary>Workers the application is made for (a group claim names several).</summary>
    public int WorkerCount { get; private set; }

    public string Facts { get; private set; } = "";

    public LabourDisputeStatus Status { get; private set; }

    public DateTimeOffset FiledAt { get; private set; }

    public string FiledBy { get; private set; } = "";

    public DateTimeOffset AcceptanceDueAt { get; private set; }

    public DateTimeOffset? DecidedAt { get; private set; }

    public string? DecidedBy { get; private set; }

    public LabourRefusalReason? RefusalReason { get; private set; }

    public string? RefusalNote { get; private set; }

    /// <summary>Due 45 days after acceptance; once extended, the extended deadline.</summary>
    public DateTimeOffset? AwardDueAt { get; private set; }

    public int? ExtensionDays { get; private set; }

    public string? ExtensionReason { get; private set; }

    public string? ExtensionRequestedBy { get; private set; }

    public DateTimeOffset? ExtensionRequestedAt { get; private set; }

    public bool? ExtensionApproved { get; private set; }

    public string? ExtensionDecidedBy { get; private set; }

    public DateTimeOffset? ExtensionDecidedAt { get; private set; }

    public DateTimeOffset? AwardedAt { get; private set; }

    public string? AwardedBy { get; private set; }

    public LabourAwardOutcome? AwardOutcome { get; private set; }

    public decimal? AwardedAmount { get; private set; }

    public string? AwardSummary { get; private set; }

    /// <summary>The first dispute of a wage-arrears group (群体性欠薪) this one is handled with; its own id when it leads the group.</summary>
    public Guid? GroupId { get; private set; }

    /// <summary>The LABOUR case (欠薪投诉, 劳动争议 or a 前置预警) this dispute is handled with (裁审衔接).</summary>
    public Guid? CaseId { get; private set; }

    /// <summary>The end of the 15 days to sue against the award; the award is in force after it.</summary>
    public DateTimeOffset? SuitDeadline { get; private set; }

    /// <summary>The award is to be performed by then (none for a dismissed claim).</summary>
    public DateTimeOffset? PerformanceDueAt { get; private set; }

    public LabourCourtRoute? CourtRoute { get; private set; }

    public string? CourtName { get; private set; }

    /// <summary>联络员: the court's officer who follows the dispute through the green channel.</summary>
    public string? LiaisonOfficer { get; private set; }

    public DateTimeOffset? HandedToCourtAt { get; private set; }

    public LabourCourtStage? CourtStage { get; private set; }

    /// <summary>When the next court stage is due on the green channel.</summary>
    public DateTimeOffset? CourtStageDueAt { get; private set; }

    public DateTimeOffset? CourtRegisteredAt { get; private set; }

    public DateTimeOffset? CourtJudgedAt { get; private set; }

    public DateTimeOffset? CourtEnforcedAt { get; private set; }

    public DateTimeOffset? ClosedAt { get; private set; }

    public string? ClosedBy { get; private set; }

    public LabourClosure? Closure { get; private set; }

    public string? ClosureNote { get; private set; }

    public uint Version { get; private set; }

    public static LabourDispute File(
        string number, string applicantName, string applicantIdMasked, string applicantKey, string? applicantPhone,
        string respondentCreditCode, string respondentName, LabourClaimType claimType, decimal claimedAmount, bool wageArrears,
        int workerCount, string facts, string filedBy, DateTimeOffset now, WorkingDayCalendar calendar) => new()
        {
            Id = Guid.CreateVersion7(now),
            Number = number,
            ApplicantName = applicantName,
            ApplicantIdMasked = applicantIdMasked,
            ApplicantKey = applicantKey,
            ApplicantPhone = applicantPhone,
            RespondentCreditCode = respondentCreditCode,
            RespondentName = respondentName,
            ClaimType = claimType,
            ClaimedAmount = claimedAmount,
            // An unpaid-wages claim is a wage-arrears claim whatever box was ticked.
            WageArrears = wageArrears || claimType == LabourClaimType.UnpaidWages,
            WorkerCount = workerCount,
            Facts = facts,
            Status = LabourDisputeStatus.Filed,
            FiledAt = now,
            FiledBy = filedBy,
            AcceptanceDueAt = LabourDeadlines.AcceptanceDue(now, calendar),
        };

    /// <summary>Handled with <paramref name="groupId"/>'s group (the first dispute of the group).</summary>
    public void JoinGroup(Guid groupId) => GroupId = groupId;

    /// <summary>Handled with the LABOUR case <paramref name="caseId"/>.</summary>
    public void LinkToCase(Guid caseId) => CaseId = caseId;

    /// <summary>受理: starts the 45-day award clock.</summary>
    public void Accept(string officer, DateTimeOffset now, WorkingDayCalendar calendar)
    {
        Ensure(LabourDisputeAction.Accept);
        Status = LabourDisputeStatus.Accepted;
        DecidedAt = now;
        DecidedBy = officer;
        AwardDueAt = LabourDeadlines.DueAfter(now, LabourDeadlines.AwardDays, calendar);
    }

    /// <summary>不予受理 with a coded reason, in writing.</summary>
    public void Refuse(LabourRefusalReason reason, string note, string officer, DateTimeOffset now)
    {
        Ensure(LabourDisputeAction.Refuse);
        Status = LabourDisputeStatus.Refused;
        DecidedAt = now;
        DecidedBy = officer;
        RefusalReason = reason;
        RefusalNote = note;
    }

    /// <summary>The tribunal asks to extend (案情复杂需要延期); only before the award deadline has passed.</summary>
    public void RequestExtension(int days, string reason, string officer, DateTimeOffset now)
    {
        Ensure(LabourDisputeAction.RequestExtension);
        if (days is < 1 or > LabourDeadlines.MaxExtensionDays)
        {
            throw new CaseRuleException($"延期天数须为 1 至 {LabourDeadlines.MaxExtensionDays} 天 (an extension is 1 to {LabourDeadlines.MaxExtensionDays} days)", "days");
        }
        if (now >= AwardDueAt)
        {
            throw new CaseRuleException("裁决期限已过，不能再延期 (the award deadline has already passed; it can no longer be extended)", "days", 409);
        }
        Status = LabourDisputeStatus.ExtensionRequested;
        ExtensionDays = days;
        ExtensionReason = reason;
        ExtensionRequestedBy = officer;
        ExtensionRequestedAt = now;
        ExtensionApproved = null;
        ExtensionDecidedAt = null;
        ExtensionDecidedBy = null;
    }

    /// <summary>
    /// The commission's director (another arbitration officer, or an administrator) decides. Approved: the award is due
    /// 45 + N days after acceptance and the dispute is Extended for good. Rejected: back to Accepted, the deadline stays.
    /// </summary>
    public void DecideExtension(bool approve, string director, DateTimeOffset now, WorkingDayCalendar calendar)
    {
        Ensure(LabourDisputeAction.DecideExtension);
        if (director == ExtensionRequestedBy)
        {
            throw new CaseRuleException("申请延期的仲裁员不能自行批准，须由仲裁委主任决定 (the officer who asked for the extension cannot approve it; the commission's director decides)", statusCode: 403);
        }
        if (approve && now >= AwardDueAt)
        {
            throw new CaseRuleException("裁决期限已过，不能再批准延期 (the award deadline has already passed; the extension can no longer be approved)", "days", 409);
        }
        ExtensionApproved = approve;
        ExtensionDecidedBy = director;
        ExtensionDecidedAt = now;
        if (approve)
        {
            Status = LabourDisputeStatus.Extended;
            AwardDueAt = LabourDeadlines.DueAfter(DecidedAt!.Value, LabourDeadlines.AwardDays + ExtensionDays!.Value, calendar);
        }
        else
        {
            Status = LabourDisputeStatus.Accepted;
        }
    }

    /// <summary>裁决 (or a mediation statement, 调解书), which ends the arbitration.</summary>
    public void Award(
        LabourAwardOutcome outcome, decimal? awardedAmount, string summary, string officer, DateTimeOffset now, LabourGreenChannel channel,
        WorkingDayCalendar calendar)
    {
        Ensure(LabourDisputeAction.Award);
        if (awardedAmount is { } amount && amount > ClaimedAmount && outcome != LabourAwardOutcome.Mediated)
        {
            throw new CaseRuleException("裁决金额不能超过请求金额 (an award cannot grant more than was claimed)", "awardedAmount");
        }
        Status = LabourDisputeStatus.Awarded;
        AwardOutcome = outcome;
        AwardedAmount = awardedAmount;
        AwardSummary = summary;
        AwardedAt = now;
        AwardedBy = officer;
        SuitDeadline = LabourDeadlines.DueAfter(now, LabourDeadlines.SuitDays, calendar);
        // Counted from the last day of the suit period, so the working days are whole days after it.
        PerformanceDueAt = outcome == LabourAwardOutcome.Dismissed
            ? null
            : PerformanceDue(SuitDeadline.Value, channel, calendar);
    }

    private static DateTimeOffset PerformanceDue(DateTimeOffset suitDeadline, LabourGreenChannel channel, WorkingDayCalendar calendar) =>
        calendar.AddWorkingDays(suitDeadline.AddTicks(-1), channel.PerformanceWorkingDays).ToUniversalTime();

    /// <summary>
    /// 履行完毕: the firm performed the award (结案). A dismissed claim has nothing to perform: it is closed once the award is
    /// in force, that is after the 15 days to sue.
    /// </summary>
    public void RecordPerformance(string note, string officer, DateTimeOffset now)
    {
        Ensure(LabourDisputeAction.Perform);
        if (AwardOutcome == LabourAwardOutcome.Dismissed && now < SuitDeadline)
        {
            throw new CaseRuleException("驳回请求的裁决在起诉期限届满前尚未生效，不能结案 (a dismissed claim can be closed only after the 15 days to sue)", "note", 409);
        }
        Close(AwardOutcome == LabourAwardOutcome.Dismissed ? LabourClosure.AwardFinal : LabourClosure.Performed, note, officer, now);
    }

    /// <summary>
    /// 裁审衔接: a suit within the 15 days (诉讼衔接) or, once the award is in force and unperformed, an enforcement
    /// application (申请强制执行). The court's liaison officer takes it from here; 快立 is due within the green channel's days.
    /// </summary>
    public void HandToCourt(
        LabourCourtRoute route, string courtName, string liaisonOfficer, string officer, DateTimeOffset now, LabourGreenChannel channel,
        WorkingDayCalendar calendar)
    {
        Ensure(LabourDisputeAction.HandToCourt);
        if (route == LabourCourtRoute.Litigation && now >= SuitDeadline)
        {
            throw new CaseRuleException("已超过十五日起诉期限，裁决已生效 (the 15 days to sue have passed; the award is in force)", "route", 409);
        }
        if (route == LabourCourtRoute.Enforcement && AwardOutcome == LabourAwardOutcome.Dismissed)
        {
            throw new CaseRuleException("驳回请求的裁决没有可执行内容 (a dismissed claim has nothing to enforce)", "route");
        }
        if (route == LabourCourtRoute.Enforcement && now < SuitDeadline)
        {
            throw new CaseRuleException("裁决在起诉期限届满前尚未生效，不能申请强制执行 (the award is not in force before the 15 days to sue have passed)", "route", 409);
        }
        Status = LabourDisputeStatus.InCourt;
        CourtRoute = route;
        CourtName = courtName;
        LiaisonOfficer = liaisonOfficer;
        HandedToCourtAt = now;
        CourtStage = LabourCourtStage.Referred;
        CourtStageDueAt = LabourCourtStages.NextDue(LabourCourtStage.Referred, route, now, channel, calendar);
    }

    /// <summary>快立、快审、快执、快结 in order; 快结 closes the dispute.</summary>
    public void RecordCourtStage(LabourCourtStage stage, string? note, string officer, DateTimeOffset now, LabourGreenChannel channel, WorkingDayCalendar calendar)
    {
        Ensure(LabourDisputeAction.RecordCourtStage);
        var current = CourtStage!.Value;
        var route = CourtRoute!.Value;
        if (!LabourCourtStages.Following(current, route).Contains(stage))
        {
            throw new IllegalLabourCourtStageException(current, stage);
        }
        CourtStage = stage;
        switch (stage)
        {
            case LabourCourtStage.Registered:
                CourtRegisteredAt = now;
                break;
            case LabourCourtStage.Judged:
                CourtJudgedAt = now;
                break;
            case LabourCourtStage.Enforced:
                CourtEnforcedAt = now;
                break;
        }
        CourtStageDueAt = LabourCourtStages.NextDue(stage, route, now, channel, calendar);
        if (stage == LabourCourtStage.Concluded)
        {
            Close(LabourClosure.CourtConcluded, note ?? "法院快结", officer, now);
        }
    }

    private void Close(LabourClosure closure, string note, string officer, DateTimeOffset now)
    {
        Status = LabourDisputeStatus.Closed;
        Closure = closure;
        ClosureNote = note;
        ClosedAt = now;
        ClosedBy = officer;
        CourtStageDueAt = null;
    }

    /// <summary>The deadline the dispute is running against now: acceptance while filed, the award while accepted.</summary>
    public DateTimeOffset? CurrentDeadline => Status switch
    {
        LabourDisputeStatus.Filed => AcceptanceDueAt,
        LabourDisputeStatus.Accepted or LabourDisputeStatus.ExtensionRequested or LabourDisputeStatus.Extended => AwardDueAt,
        LabourDisputeStatus.Awarded => PerformanceDueAt,
        LabourDisputeStatus.InCourt => CourtStageDueAt,
        _ => null,
    };

    /// <summary>
    /// Counts the running clocks again with a newly confirmed holiday schedule (调休 may move them), each from the instant it started:
    /// acceptance from filing, the award from acceptance, the suit and performance periods from the award, the court's next stage from
    /// the stage reached. The event when the current deadline moved, otherwise null.
    /// </summary>
    public LabourDisputeDeadlineChanged? RecomputeDeadlines(LabourGreenChannel channel, WorkingDayCalendar calendar, int confirmedYear, DateTimeOffset now)
    {
        if (RunningDeadline is not { } before)
        {
            return null;
        }
        switch (Status)
        {
            case LabourDisputeStatus.Filed:
                AcceptanceDueAt = LabourDeadlines.AcceptanceDue(FiledAt, calendar);
                break;
            case LabourDisputeStatus.Accepted or LabourDisputeStatus.ExtensionRequested:
                AwardDueAt = LabourDeadlines.DueAfter(DecidedAt!.Value, LabourDeadlines.AwardDays, calendar);
                break;
            case LabourDisputeStatus.Extended:
                AwardDueAt = LabourDeadlines.DueAfter(DecidedAt!.Value, LabourDeadlines.AwardDays + ExtensionDays!.Value, calendar);
                break;
            case LabourDisputeStatus.Awarded:
                SuitDeadline = LabourDeadlines.DueAfter(AwardedAt!.Value, LabourDeadlines.SuitDays, calendar);
                PerformanceDueAt = AwardOutcome == LabourAwardOutcome.Dismissed ? null : PerformanceDue(SuitDeadline.Value, channel, calendar);
                break;
            case LabourDisputeStatus.InCourt:
                var reachedAt = CourtStage switch
                {
                    LabourCourtStage.Registered => CourtRegisteredAt,
                    LabourCourtStage.Judged => CourtJudgedAt,
                    LabourCourtStage.Enforced => CourtEnforcedAt,
                    _ => HandedToCourtAt,
                };
                CourtStageDueAt = LabourCourtStages.NextDue(CourtStage!.Value, CourtRoute!.Value, reachedAt!.Value, channel, calendar);
                break;
        }
        return RunningDeadline is { } due && due != before
            ? new LabourDisputeDeadlineChanged(Id, Number, RespondentCreditCode, before, due, confirmedYear) { OccurredAt = now }
            : null;
    }

    public bool IsOverdue(DateTimeOffset now) => CurrentDeadline is { } due && now >= due;

    /// <summary>The current deadline; for a dismissed claim (nothing to perform) the end of the 15 days to sue, after which it is in force.</summary>
    private DateTimeOffset? RunningDeadline => CurrentDeadline ?? (Status == LabourDisputeStatus.Awarded ? SuitDeadline : null);

    /// <summary>Decided after the five days: the applicant could already have gone to court (逾期未作出决定).</summary>
    public bool? DecidedLate => DecidedAt is null ? null : DecidedAt > AcceptanceDueAt;

    public bool? AwardedLate => AwardedAt is null ? null : AwardedAt > AwardDueAt;

    private void Ensure(LabourDisputeAction action)
    {
        if (!LabourDisputeLifecycle.IsAllowed(Status, action))
        {
            throw new IllegalLabourDisputeTransitionException(Status, action);
        }
    }
}
