namespace Qingmeng.Contracts;

/// <summary>A sub-item task reached a decision (办结 approved or 不予许可 rejected).</summary>
[PartitionKey(nameof(ApprovalTaskCompleted.CreditCode), nameof(ApprovalTaskCompleted.ProjectId))]
public sealed record ApprovalTaskCompleted(
    Guid ProjectId,
    Guid TaskId,
    string SubItemCode,
    string CreditCode,
    bool Approved,
    int WorkingDaysUsed) : IntegrationEvent;
