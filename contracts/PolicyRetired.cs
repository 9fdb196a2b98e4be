namespace Qingmeng.Contracts;

/// <summary>A policy stopped being in force.</summary>
[PartitionKey(nameof(PolicyRetired.PolicyCode))]
public sealed record PolicyRetired(Guid PolicyId, string PolicyCode, int Version, DateOnly RetiredOn) : IntegrationEvent;
