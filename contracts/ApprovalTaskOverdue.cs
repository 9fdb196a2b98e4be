namespace Qingmeng.Contracts;

/// <summary>A task passed its statutory limit; published once per task and attempt (a resubmission is a new attempt with its own clock) so governance opens one 督办 case.</summary>
[PartitionKey(nameof(ApprovalTaskOverdue.CreditCode), nameof(ApprovalTaskOverdue.ProjectId))]
public sealed record ApprovalTaskOverdue(
    Guid ProjectId,
    Guid TaskId,
    string SubItemCode,
    string SubItemName,
    string DepartmentCode,
    string CreditCode,
    DateTimeOffset DueAt) : IntegrationEvent;
