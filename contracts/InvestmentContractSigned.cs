namespace Qingmeng.Contracts;

/// <summary>
/// An investment intention became a formal contract (正式合同): the numerator of the 正式合同转化率, counted against the
/// intentions signed in the same period (<paramref name="IntentSignedOn"/>).
/// </summary>
[PartitionKey(nameof(InvestmentContractSigned.AgreementId))]
public sealed record InvestmentContractSigned(
    Guid AgreementId, string InvestorName, string? CreditCode, decimal ContractInvestment, DateOnly IntentSignedOn, DateOnly ContractSignedOn)
    : IntegrationEvent;
