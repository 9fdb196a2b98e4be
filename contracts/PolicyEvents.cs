namespace Qingmeng.Contracts;

/// <summary>A policy version came into force; versions in force are immutable.</summary>
public sealed record PolicyPublished(
    Guid PolicyId,
    string PolicyCode,
    int Version,
    string Title,
    string Category,
    DateOnly EffectiveFrom,
    DateOnly? EffectiveTo) : IntegrationEvent;

/// <summary>A policy stopped being in force.</summary>
public sealed record PolicyRetired(Guid PolicyId, string PolicyCode, int Version, DateOnly RetiredOn) : IntegrationEvent;

/// <summary>A subsidy was paid to a firm under a policy.</summary>
public sealed record SubsidyDisbursed(
    Guid DisbursementId,
    string PolicyCode,
    int PolicyVersion,
    string CreditCode,
    decimal Amount,
    string Period) : IntegrationEvent;
