namespace Qingmeng.Contracts;

/// <summary>
/// A partner bank disbursed a loan to a firm. A renewal (续贷) is a disbursement too: it names the loan it replaces
/// (<paramref name="RenewsLoanId"/>) and that loan's principal (<paramref name="ReplacedAmount"/>), so consumers count
/// it as a renewal and not as new money on top of the old loan. Both default, so earlier messages still read.
/// </summary>
[PartitionKey(nameof(LoanDisbursed.CreditCode))]
public sealed record LoanDisbursed(
    Guid LoanId,
    string CreditCode,
    string BankCode,
    string ProductCode,
    decimal Amount,
    int TermMonths,
    DateOnly DisbursedOn,
    Guid? RenewsLoanId = null,
    decimal ReplacedAmount = 0m) : IntegrationEvent
{
    [System.Text.Json.Serialization.JsonIgnore]
    public bool IsRenewal => RenewsLoanId is not null;

    /// <summary>What the loan adds to the firm's borrowing: all of it, or for a renewal only a principal above the replaced one.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public decimal NewLending => IsRenewal ? Math.Max(0m, Amount - ReplacedAmount) : Amount;
}

/// <summary>A firm entered or left the IP-pledge financing white list.</summary>
[PartitionKey(nameof(WhitelistChanged.CreditCode))]
public sealed record WhitelistChanged(string CreditCode, bool OnWhitelist, decimal Score, string Reason) : IntegrationEvent;
