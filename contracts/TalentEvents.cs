namespace Qingmeng.Contracts;

/// <summary>A person was certified as a talent of a tier, employed by a firm.</summary>
[PartitionKey(nameof(TalentCertified.EmployerCreditCode))]
public sealed record TalentCertified(Guid CertificationId, string EmployerCreditCode, string Tier) : IntegrationEvent;

/// <summary>A firm confirmed a hire (possibly through a recruiting ambassador).</summary>
[PartitionKey(nameof(HireConfirmed.EmployerCreditCode))]
public sealed record HireConfirmed(
    Guid HireId,
    string EmployerCreditCode,
    Guid JobPostingId,
    Guid? AmbassadorId,
    DateOnly HiredOn) : IntegrationEvent;

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

/// <summary>A due retention incentive was paid; <paramref name="DueOn"/> is the day it fell due, so it counts where it was due.</summary>
[PartitionKey(nameof(RetentionIncentivePaid.EmployerCreditCode))]
public sealed record RetentionIncentivePaid(
    Guid ReferralId,
    string EmployerCreditCode,
    Guid AmbassadorId,
    decimal Amount,
    DateOnly DueOn,
    DateOnly PaidOn) : IntegrationEvent;
