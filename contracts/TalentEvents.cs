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
