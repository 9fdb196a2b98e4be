namespace Qingmeng.Contracts;

/// <summary>A firm's credit-repair request was granted.</summary>
[PartitionKey(nameof(CreditRepaired.CreditCode))]
public sealed record CreditRepaired(string CreditCode, string PenaltyReference, DateOnly RepairedOn) : IntegrationEvent;
