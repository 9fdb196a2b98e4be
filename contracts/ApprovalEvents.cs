namespace Qingmeng.Contracts;

/// <summary>A firm's investment project entered 帮代办 handling.</summary>
[PartitionKey(nameof(ProjectRegistered.CreditCode), nameof(ProjectRegistered.ProjectId))]
public sealed record ProjectRegistered(
    Guid ProjectId,
    string ProjectName,
    string CreditCode,
    decimal InvestmentAmount,
    string IndustryCode,
    bool IsKeyProject) : IntegrationEvent;

/// <summary>A sub-item task reached a decision (办结 approved or 不予许可 rejected).</summary>
[PartitionKey(nameof(ApprovalTaskCompleted.CreditCode), nameof(ApprovalTaskCompleted.ProjectId))]
public sealed record ApprovalTaskCompleted(
    Guid ProjectId,
    Guid TaskId,
    string SubItemCode,
    string CreditCode,
    bool Approved,
    int WorkingDaysUsed) : IntegrationEvent;

/// <summary>Every sub-item gating groundbreaking is approved: the project may start construction.</summary>
[PartitionKey(nameof(ProjectReadyForConstruction.CreditCode), nameof(ProjectReadyForConstruction.ProjectId))]
public sealed record ProjectReadyForConstruction(
    Guid ProjectId,
    string ProjectName,
    string CreditCode,
    DateOnly ReadyOn) : IntegrationEvent;

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
