namespace Qingmeng.Contracts;

/// <summary>A policy version came into force; versions in force are immutable.</summary>
[PartitionKey(nameof(PolicyPublished.PolicyCode))]
public sealed record PolicyPublished(
    Guid PolicyId,
    string PolicyCode,
    int Version,
    string Title,
    string Category,
    DateOnly EffectiveFrom,
    DateOnly? EffectiveTo) : IntegrationEvent;
