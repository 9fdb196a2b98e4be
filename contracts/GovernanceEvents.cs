namespace Qingmeng.Contracts;

/// <summary>A case (工单) was accepted from any channel. Personal data is never carried in clear.</summary>
public sealed record CaseFiled(
    Guid CaseId,
    string CaseNumber,
    string Channel,
    string ModuleCode,
    string Title,
    string? CreditCode) : IntegrationEvent;

/// <summary>The centre dispatched a case to a lead department and optional co-handlers.</summary>
public sealed record CaseDispatched(
    Guid CaseId,
    string CaseNumber,
    string LeadDepartmentCode,
    IReadOnlyList<string> CoHandlerDepartmentCodes,
    DateTimeOffset SignForDueAt) : IntegrationEvent;

/// <summary>A case was closed (办结) with a resolution.</summary>
public sealed record CaseClosed(
    Guid CaseId,
    string CaseNumber,
    string ModuleCode,
    string Title,
    string Resolution,
    string? CreditCode) : IntegrationEvent;

/// <summary>A firm's credit-repair request was granted.</summary>
public sealed record CreditRepaired(string CreditCode, string PenaltyReference, DateOnly RepairedOn) : IntegrationEvent;

/// <summary>An administrative penalty was recorded against a firm.</summary>
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
public sealed record SupervisionConcluded(
    Guid CaseId,
    string CaseNumber,
    Guid ProjectId,
    Guid TaskId,
    string DepartmentCode,
    string Resolution) : IntegrationEvent;
