namespace Qingmeng.Contracts;

/// <summary>A partner bank disbursed a loan to a firm.</summary>
[PartitionKey(nameof(LoanDisbursed.CreditCode))]
public sealed record LoanDisbursed(
    Guid LoanId,
    string CreditCode,
    string BankCode,
    string ProductCode,
    decimal Amount,
    int TermMonths,
    DateOnly DisbursedOn) : IntegrationEvent;

/// <summary>A firm entered or left the IP-pledge financing white list.</summary>
[PartitionKey(nameof(WhitelistChanged.CreditCode))]
public sealed record WhitelistChanged(string CreditCode, bool OnWhitelist, decimal Score, string Reason) : IntegrationEvent;
