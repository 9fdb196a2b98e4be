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
