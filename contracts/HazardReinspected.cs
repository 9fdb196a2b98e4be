namespace Qingmeng.Contracts;

/// <summary>安全生产 复查: passed closes the hazard; failed sets <paramref name="NewRectificationDueAt"/>.</summary>
[ExternalConsumers("安全生产: the provincial hazard-investigation system records 销号 or the new deadline")]
[PartitionKey(nameof(HazardReinspected.CreditCode))]
public sealed record HazardReinspected(
    Guid HazardId, string CreditCode, string DepartmentCode, bool Passed, int FailedReinspections, DateTimeOffset? NewRectificationDueAt) : IntegrationEvent;
