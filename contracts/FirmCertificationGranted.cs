namespace Qingmeng.Contracts;

/// <summary>
/// A firm's profile (一企一档) gained a certification (资质认定) such as 省级专精特新中小企业 or 高新技术企业;
/// <paramref name="GrantedOn"/> is the China date the profile learnt it.
/// </summary>
[PartitionKey(nameof(FirmCertificationGranted.CreditCode))]
public sealed record FirmCertificationGranted(string CreditCode, string Certification, DateOnly GrantedOn) : IntegrationEvent;
