namespace Qingmeng.Contracts;

/// <summary>
/// A case was closed (办结) with a resolution. <paramref name="ClosedOnTime"/>: closed no later than its (extended)
/// completion deadline; null when the publisher predates the member.
/// </summary>
[PartitionKey(nameof(CaseClosed.CreditCode), nameof(CaseClosed.CaseId))]
public sealed record CaseClosed(
    Guid CaseId,
    string CaseNumber,
    string ModuleCode,
    string Title,
    string Resolution,
    string? CreditCode,
    bool? ClosedOnTime = null) : IntegrationEvent;
