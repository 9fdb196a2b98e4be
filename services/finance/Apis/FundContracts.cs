using System.ComponentModel.DataAnnotations;
using Qingmeng.Finance.Model;
using Qingmeng.ServiceDefaults.Validation;

namespace Qingmeng.Finance.Apis;

public sealed record FundInvestmentRequest(
    [property: Required, StringLength(32, MinimumLength = 2)] string FundCode,
    [property: Required, UnifiedSocialCreditCode] string CreditCode,
    [property: Required, StringLength(200, MinimumLength = 2)] string FirmName,
    [property: Range(1, 1_000_000_000)] decimal Amount,
    [property: Required] DateOnly? InvestedOn,
    [property: Required, StringLength(100, MinimumLength = 2)] string Instrument);

public sealed record FundInvestmentView(Guid Id, string FundCode, string CreditCode, string FirmName, decimal Amount, DateOnly InvestedOn, string Instrument)
{
    public static FundInvestmentView From(FundInvestment f) => new(f.Id, f.FundCode, f.CreditCode, f.FirmName, f.Amount, f.InvestedOn, f.Instrument);
}

public sealed record FundSummaryView(decimal Commitment, decimal Invested, decimal Remaining, int Investments);
