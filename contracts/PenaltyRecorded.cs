namespace Qingmeng.Contracts;

/// <summary>An administrative penalty was recorded against a firm.</summary>
[PartitionKey(nameof(PenaltyRecorded.CreditCode))]
public sealed record PenaltyRecorded(
    string CreditCode,
    string PenaltyReference,
    string Category,
    decimal FineAmount,
    DateOnly DecidedOn) : IntegrationEvent;
