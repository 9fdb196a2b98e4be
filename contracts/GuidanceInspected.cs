namespace Qingmeng.Contracts;

/// <summary>帮扶指导 concluded: the inspection after the guided self-correction, and whether the firm reported in time.</summary>
[ExternalConsumers("帮扶指导: the provincial 包容审慎 ledger records the outcome of guided self-correction")]
[PartitionKey(nameof(GuidanceInspected.CreditCode))]
public sealed record GuidanceInspected(Guid GuidanceId, string CreditCode, string DepartmentCode, bool Compliant, bool? SelfCorrectedOnTime) : IntegrationEvent;
