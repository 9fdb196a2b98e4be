namespace Qingmeng.Contracts;

/// <summary>安全生产: a hazard was found at a firm (or the firm reported its own), to be rectified by <paramref name="RectificationDueAt"/>.</summary>
[ExternalConsumers("安全生产: the provincial hazard-investigation system (隐患排查治理系统) and the firm's safety officer")]
[PartitionKey(nameof(HazardReported.CreditCode))]
public sealed record HazardReported(
    Guid HazardId, string CreditCode, string DepartmentCode, string Severity, bool SelfReported, DateTimeOffset RectificationDueAt) : IntegrationEvent;
