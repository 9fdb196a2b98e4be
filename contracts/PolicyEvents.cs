namespace Qingmeng.Contracts;

/// <summary>A policy version came into force; versions in force are immutable.</summary>
[PartitionKey(nameof(PolicyPublished.PolicyCode))]
public sealed record PolicyPublished(
    Guid PolicyId,
    string PolicyCode,
    int Version,
    string Title,
    string Category,
    DateOnly EffectiveFrom,
    DateOnly? EffectiveTo) : IntegrationEvent;

/// <summary>A policy stopped being in force.</summary>
[PartitionKey(nameof(PolicyRetired.PolicyCode))]
public sealed record PolicyRetired(Guid PolicyId, string PolicyCode, int Version, DateOnly RetiredOn) : IntegrationEvent;

/// <summary>A subsidy was paid to a firm under a policy.</summary>
[PartitionKey(nameof(SubsidyDisbursed.CreditCode))]
public sealed record SubsidyDisbursed(
    Guid DisbursementId,
    string PolicyCode,
    int PolicyVersion,
    string CreditCode,
    decimal Amount,
    string Period) : IntegrationEvent;

/// <summary>
/// A subsidy payment is to be recovered (追回) because a fact behind it was corrected: the whole payment
/// <paramref name="PaymentId"/> (the <see cref="SubsidyDisbursed.DisbursementId"/> it reverses), paid on
/// <paramref name="PaidOn"/> (China date). At most one per payment.
/// </summary>
[PartitionKey(nameof(SubsidyClawedBack.CreditCode))]
public sealed record SubsidyClawedBack(
    Guid ClawbackId,
    Guid PaymentId,
    string PolicyCode,
    int PolicyVersion,
    string CreditCode,
    decimal Amount,
    string Period,
    DateOnly PaidOn,
    string Reason) : IntegrationEvent;

/// <summary>
/// A firm's profile (一企一档) gained a certification (资质认定) such as 省级专精特新中小企业 or 高新技术企业;
/// <paramref name="GrantedOn"/> is the China date the profile learnt it.
/// </summary>
[PartitionKey(nameof(FirmCertificationGranted.CreditCode))]
public sealed record FirmCertificationGranted(string CreditCode, string Certification, DateOnly GrantedOn) : IntegrationEvent;
