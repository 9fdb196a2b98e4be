namespace Qingmeng.Contracts;

/// <summary>
/// 招商签约: the zone signed an investment intention (意向协议 or 框架协议) with an investor; the start of the
/// 正式合同转化率. <paramref name="CreditCode"/> is null while the investor has no firm in the zone yet.
/// </summary>
[PartitionKey(nameof(InvestmentIntentSigned.AgreementId))]
public sealed record InvestmentIntentSigned(
    Guid AgreementId, string InvestorName, string? CreditCode, decimal PlannedInvestment, DateOnly SignedOn) : IntegrationEvent;
