namespace Qingmeng.Contracts;

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
