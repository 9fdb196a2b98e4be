namespace Qingmeng.Contracts;

/// <summary>
/// A referred worker's 6-month retention was confirmed, so the ambassador's incentive (稳工留岗) fell due on
/// <paramref name="DueOn"/>; the scorecard's 稳工留岗政策兑现率 divides the paid by the due.
/// </summary>
[PartitionKey(nameof(RetentionIncentiveDue.EmployerCreditCode))]
public sealed record RetentionIncentiveDue(
    Guid ReferralId,
    string EmployerCreditCode,
    Guid AmbassadorId,
    decimal Amount,
    DateOnly DueOn) : IntegrationEvent;
