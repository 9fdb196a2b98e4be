namespace Qingmeng.Contracts;

/// <summary>裁决 (or 调解书): the arbitration ended; the award is to be performed by <paramref name="PerformanceDueAt"/>.</summary>
[ExternalConsumers("数据共享: the court receives awards for 快执 enforcement and for suits against them")]
[PartitionKey(nameof(LabourDisputeAwarded.DisputeId))]
public sealed record LabourDisputeAwarded(
    Guid DisputeId,
    string Number,
    string RespondentCreditCode,
    string Outcome,
    decimal? AwardedAmount,
    DateTimeOffset SuitDeadline,
    DateTimeOffset PerformanceDueAt) : IntegrationEvent;
