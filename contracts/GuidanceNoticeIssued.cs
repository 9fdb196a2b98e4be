namespace Qingmeng.Contracts;

/// <summary>帮扶指导: a department told a firm in advance what it will inspect; the firm corrects itself until <paramref name="SelfCorrectionDueAt"/>.</summary>
[ExternalConsumers("帮扶指导: the firm's service account (企业服务专员) and the provincial 包容审慎 ledger read the notices")]
[PartitionKey(nameof(GuidanceNoticeIssued.CreditCode))]
public sealed record GuidanceNoticeIssued(Guid GuidanceId, string CreditCode, string DepartmentCode, DateTimeOffset SelfCorrectionDueAt) : IntegrationEvent;
