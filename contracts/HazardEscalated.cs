namespace Qingmeng.Contracts;

/// <summary>安全生产: a rectification deadline passed without a report; supervision case <paramref name="CaseId"/> was dispatched to the department.</summary>
[ExternalConsumers("安全生产: the emergency-management bureau's leadership follows escalated hazards")]
[PartitionKey(nameof(HazardEscalated.CreditCode))]
public sealed record HazardEscalated(Guid HazardId, string CreditCode, string DepartmentCode, DateTimeOffset RectificationDueAt, Guid CaseId) : IntegrationEvent;
