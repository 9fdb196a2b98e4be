namespace Qingmeng.Contracts;

/// <summary>A person was certified as a talent of a tier, employed by a firm.</summary>
[PartitionKey(nameof(TalentCertified.EmployerCreditCode))]
public sealed record TalentCertified(Guid CertificationId, string EmployerCreditCode, string Tier) : IntegrationEvent;
