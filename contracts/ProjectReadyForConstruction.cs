namespace Qingmeng.Contracts;

/// <summary>Every sub-item gating groundbreaking is approved: the project may start construction.</summary>
[PartitionKey(nameof(ProjectReadyForConstruction.CreditCode), nameof(ProjectReadyForConstruction.ProjectId))]
public sealed record ProjectReadyForConstruction(
    Guid ProjectId,
    string ProjectName,
    string CreditCode,
    DateOnly ReadyOn) : IntegrationEvent;
