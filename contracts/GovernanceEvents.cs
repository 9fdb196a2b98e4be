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
