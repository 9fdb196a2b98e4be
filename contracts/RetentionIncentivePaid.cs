namespace Qingmeng.Contracts;

/// <summary>A due retention incentive was paid; <paramref name="DueOn"/> is the day it fell due, so it counts where it was due.</summary>
[PartitionKey(nameof(RetentionIncentivePaid.EmployerCreditCode))]
public sealed record RetentionIncentivePaid(
    Guid ReferralId,
    string EmployerCreditCode,
    Guid AmbassadorId,
    decimal Amount,
    DateOnly DueOn,
    DateOnly PaidOn) : IntegrationEvent;
