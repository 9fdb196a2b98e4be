namespace Qingmeng.Contracts;

/// <summary>
/// A case (工单) was accepted from any channel. Personal data is never carried in clear.
/// <paramref name="DuplicateOfCaseId"/> names the earlier open case it repeats (linked, not dropped); null when it is
/// new or when the publisher predates the member. <paramref name="SupervisedProjectId"/> and
/// <paramref name="SupervisedTaskId"/> name the approval task a 督办 case was opened for (<see cref="ApprovalTaskOverdue"/>);
/// null for every other case and when the publisher predates the members.
/// </summary>
[PartitionKey(nameof(CaseFiled.CreditCode), nameof(CaseFiled.CaseId))]
public sealed record CaseFiled(
    Guid CaseId,
    string CaseNumber,
    string Channel,
    string ModuleCode,
    string Title,
    string? CreditCode,
    Guid? DuplicateOfCaseId = null,
    Guid? SupervisedProjectId = null,
    Guid? SupervisedTaskId = null) : IntegrationEvent;

/// <summary>The centre dispatched a case to a lead department and optional co-handlers.</summary>
[PartitionKey(nameof(CaseDispatched.CaseId))]
public sealed record CaseDispatched(
    Guid CaseId,
    string CaseNumber,
    string LeadDepartmentCode,
    IReadOnlyList<string> CoHandlerDepartmentCodes,
    DateTimeOffset SignForDueAt) : IntegrationEvent;

/// <summary>
/// A case was closed (办结) with a resolution. <paramref name="ClosedOnTime"/>: closed no later than its (extended)
/// completion deadline; null when the publisher predates the member.
/// </summary>
[PartitionKey(nameof(CaseClosed.CreditCode), nameof(CaseClosed.CaseId))]
public sealed record CaseClosed(
    Guid CaseId,
    string CaseNumber,
    string ModuleCode,
    string Title,
    string Resolution,
    string? CreditCode,
    bool? ClosedOnTime = null) : IntegrationEvent;

/// <summary>
/// 回访: the filer was asked whether the case was resolved to their satisfaction. An unsatisfied follow-up
/// reopens the case (重办); a later <see cref="CaseClosed"/> closes it again.
/// </summary>
[PartitionKey(nameof(CaseFollowedUp.CreditCode), nameof(CaseFollowedUp.CaseId))]
public sealed record CaseFollowedUp(
    Guid CaseId,
    string CaseNumber,
    string ModuleCode,
    bool Satisfied,
    string? CreditCode) : IntegrationEvent;

/// <summary>A firm's credit-repair request was granted.</summary>
[PartitionKey(nameof(CreditRepaired.CreditCode))]
public sealed record CreditRepaired(string CreditCode, string PenaltyReference, DateOnly RepairedOn) : IntegrationEvent;

/// <summary>An administrative penalty was recorded against a firm.</summary>
[PartitionKey(nameof(PenaltyRecorded.CreditCode))]
public sealed record PenaltyRecorded(
    string CreditCode,
    string PenaltyReference,
    string Category,
    decimal FineAmount,
    DateOnly DecidedOn) : IntegrationEvent;

/// <summary>
/// A 督办 supervision case opened for an overdue approval task (<see cref="ApprovalTaskOverdue"/>) was closed:
/// tells the approval service which task the supervision concerned and how it was resolved.
/// Published together with the case's <see cref="CaseClosed"/>.
/// </summary>
[PartitionKey(nameof(SupervisionConcluded.CaseId))]
public sealed record SupervisionConcluded(
    Guid CaseId,
    string CaseNumber,
    Guid ProjectId,
    Guid TaskId,
    string DepartmentCode,
    string Resolution) : IntegrationEvent;

/// <summary>
/// 劳动争议仲裁申请 filed (数据共享 with the court and the arbitration commission's case system). Carries no personal data:
/// the respondent firm, the claim and the LABOUR case it is linked to (null when none yet).
/// </summary>
[ExternalConsumers("数据共享: the arbitration commission's and the intermediate court's case systems read the labour-dispute lifecycle")]
[PartitionKey(nameof(LabourDisputeFiled.DisputeId))]
public sealed record LabourDisputeFiled(
    Guid DisputeId,
    string Number,
    string RespondentCreditCode,
    string ClaimType,
    bool WageArrears,
    int WorkerCount,
    decimal ClaimedAmount,
    Guid? CaseId) : IntegrationEvent;

/// <summary>The arbitration commission decided on a labour-dispute application: accepted (受理) or refused (不予受理, with the coded reason).</summary>
[ExternalConsumers("数据共享: a refused applicant may sue at once, so the court's filing desk reads acceptance decisions")]
[PartitionKey(nameof(LabourDisputeDecided.DisputeId))]
public sealed record LabourDisputeDecided(
    Guid DisputeId,
    string Number,
    string RespondentCreditCode,
    bool Accepted,
    string? RefusalReason,
    DateTimeOffset? AwardDueAt) : IntegrationEvent;

/// <summary>裁决 (or 调解书): the arbitration ended; the award is to be performed by <paramref name="PerformanceDueAt"/>.</summary>
[ExternalConsumers("数据共享: the court receives awards for 快执 enforcement and for suits against them")]
[PartitionKey(nameof(LabourDisputeAwarded.DisputeId))]
public sealed record LabourDisputeAwarded(
    Guid DisputeId,
    string Number,
    string RespondentCreditCode,
    string Outcome,
    decimal? AwardedAmount,
    DateTimeOffset SuitDeadline,
    DateTimeOffset PerformanceDueAt) : IntegrationEvent;

/// <summary>
/// 裁审衔接 after the award: execution was applied for (申请强制执行) or the dispute was referred to court (诉讼衔接), with
/// the court and the liaison officer (联络员) who follows it through 快立、快审、快执、快结.
/// </summary>
[ExternalConsumers("裁审衔接: the court's liaison officer opens the green-channel file from this event")]
[PartitionKey(nameof(LabourDisputeHandedToCourt.DisputeId))]
public sealed record LabourDisputeHandedToCourt(
    Guid DisputeId,
    string Number,
    string RespondentCreditCode,
    string Route,
    string CourtName,
    string LiaisonOfficer,
    DateTimeOffset HandedOverAt) : IntegrationEvent;

/// <summary>A labour dispute was closed (结案): performed, enforced, concluded in court, or refused/dismissed.</summary>
[ExternalConsumers("数据共享: the arbitration commission's and the court's case systems close their files")]
[PartitionKey(nameof(LabourDisputeClosed.DisputeId))]
public sealed record LabourDisputeClosed(
    Guid DisputeId,
    string Number,
    string RespondentCreditCode,
    string Closure,
    Guid? CaseId) : IntegrationEvent;

/// <summary>
/// 前置预警: wage-arrears cases, repeated complaints or group claims against one firm crossed a threshold. A LABOUR case
/// (<paramref name="CaseId"/>) was opened and dispatched to the arbitration commission to intervene early.
/// </summary>
[ExternalConsumers("前置预警: the arbitration commission and the court's liaison officer are told before claims arrive in numbers")]
[PartitionKey(nameof(LabourEarlyWarningRaised.CreditCode))]
public sealed record LabourEarlyWarningRaised(
    Guid WarningId,
    string CreditCode,
    IReadOnlyList<string> Triggers,
    int WageArrearsCount,
    int ComplaintCount,
    int WorkerCount,
    Guid CaseId) : IntegrationEvent;

/// <summary>
/// 包容审慎 applied (微错容纠): an offence on the zone's lists was not penalised (<c>NoPenalty</c>, 不予处罚) or was
/// penalised less (<c>ReducedPenalty</c>, published beside its <see cref="PenaltyRecorded"/>). A no-penalty decision is
/// not a penalty and never reaches the firm's credit standing.
/// </summary>
[PartitionKey(nameof(LenientTreatmentApplied.CreditCode))]
public sealed record LenientTreatmentApplied(
    string CreditCode,
    string Reference,
    string RuleCode,
    string Treatment,
    string? DepartmentCode,
    DateOnly DecidedOn) : IntegrationEvent;

/// <summary>帮扶指导: a department told a firm in advance what it will inspect; the firm corrects itself until <paramref name="SelfCorrectionDueAt"/>.</summary>
[ExternalConsumers("帮扶指导: the firm's service account (企业服务专员) and the provincial 包容审慎 ledger read the notices")]
[PartitionKey(nameof(GuidanceNoticeIssued.CreditCode))]
public sealed record GuidanceNoticeIssued(Guid GuidanceId, string CreditCode, string DepartmentCode, DateTimeOffset SelfCorrectionDueAt) : IntegrationEvent;

/// <summary>帮扶指导 concluded: the inspection after the guided self-correction, and whether the firm reported in time.</summary>
[ExternalConsumers("帮扶指导: the provincial 包容审慎 ledger records the outcome of guided self-correction")]
[PartitionKey(nameof(GuidanceInspected.CreditCode))]
public sealed record GuidanceInspected(Guid GuidanceId, string CreditCode, string DepartmentCode, bool Compliant, bool? SelfCorrectedOnTime) : IntegrationEvent;

/// <summary>政企沟通: a cadre assigned to a firm (百名干部进企业) visited it; <paramref name="CaseIds"/> follow up what the firm raised.</summary>
[ExternalConsumers("政企沟通: the zone's 百名干部进企业 ledger and the firm's service account (企业服务专员) read the visits")]
[PartitionKey(nameof(FirmVisitRecorded.CreditCode))]
public sealed record FirmVisitRecorded(Guid VisitId, Guid AssignmentId, string CreditCode, string CadreSubject, DateTimeOffset VisitedAt, IReadOnlyList<Guid> CaseIds) : IntegrationEvent;

/// <summary>政企沟通: an 早午晚餐会, 恳谈会 or 困难问题会商会 was held; each issue raised became one of <paramref name="CaseIds"/>.</summary>
[ExternalConsumers("政企沟通: the zone leadership's meeting minutes (会议纪要) list the issues and their cases")]
[PartitionKey(nameof(FirmMeetingHeld.MeetingId))]
public sealed record FirmMeetingHeld(Guid MeetingId, string Kind, DateTimeOffset HeldAt, IReadOnlyList<Guid> CaseIds) : IntegrationEvent;

/// <summary>领导干部联系企业: an assigned firm was not visited by <paramref name="VisitDueAt"/>.</summary>
[ExternalConsumers("政企沟通: the organisation department (组织部) checks the cadres' visit duty")]
[PartitionKey(nameof(CadreVisitOverdue.CreditCode))]
public sealed record CadreVisitOverdue(Guid AssignmentId, string CreditCode, string CadreSubject, DateTimeOffset VisitDueAt) : IntegrationEvent;

/// <summary>安全生产: a hazard was found at a firm (or the firm reported its own), to be rectified by <paramref name="RectificationDueAt"/>.</summary>
[ExternalConsumers("安全生产: the provincial hazard-investigation system (隐患排查治理系统) and the firm's safety officer")]
[PartitionKey(nameof(HazardReported.CreditCode))]
public sealed record HazardReported(
    Guid HazardId, string CreditCode, string DepartmentCode, string Severity, bool SelfReported, DateTimeOffset RectificationDueAt) : IntegrationEvent;

/// <summary>安全生产 复查: passed closes the hazard; failed sets <paramref name="NewRectificationDueAt"/>.</summary>
[ExternalConsumers("安全生产: the provincial hazard-investigation system records 销号 or the new deadline")]
[PartitionKey(nameof(HazardReinspected.CreditCode))]
public sealed record HazardReinspected(
    Guid HazardId, string CreditCode, string DepartmentCode, bool Passed, int FailedReinspections, DateTimeOffset? NewRectificationDueAt) : IntegrationEvent;

/// <summary>安全生产: a rectification deadline passed without a report; supervision case <paramref name="CaseId"/> was dispatched to the department.</summary>
[ExternalConsumers("安全生产: the emergency-management bureau's leadership follows escalated hazards")]
[PartitionKey(nameof(HazardEscalated.CreditCode))]
public sealed record HazardEscalated(Guid HazardId, string CreditCode, string DepartmentCode, DateTimeOffset RectificationDueAt, Guid CaseId) : IntegrationEvent;
