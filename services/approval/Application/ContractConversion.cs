using Qingmeng.Approval.Model;

namespace Qingmeng.Approval.Application;

/// <summary>
/// 正式合同转化率 of the intentions signed from <see cref="From"/> to <see cref="To"/> (China dates, inclusive): how many
/// became formal contracts (by today), lapsed or are still open; the rate in percent (two decimals, null when none was
/// signed), the median days from intention to contract, and the contracted investment (yuan).
/// </summary>
public sealed record ContractConversion(
    DateOnly From, DateOnly To, int Intents, int Contracted, int Lapsed, int Open, decimal? ConversionRatePercent,
    decimal? MedianDaysToContract, decimal ContractedInvestment)
{
    public static ContractConversion Of(DateOnly from, DateOnly to, IReadOnlyCollection<InvestmentAgreement> signedInPeriod)
    {
        var contracted = signedInPeriod.Where(a => a.Status == InvestmentAgreementStatus.Contracted).ToList();
        var days = contracted.Select(a => a.DaysToContract!.Value).Order().ToList();
        decimal? median = days.Count == 0 ? null
            : days.Count % 2 == 1 ? days[days.Count / 2]
            : (days[(days.Count / 2) - 1] + days[days.Count / 2]) / 2m;
        return new ContractConversion(
            from, to, signedInPeriod.Count, contracted.Count,
            signedInPeriod.Count(a => a.Status == InvestmentAgreementStatus.Lapsed),
            signedInPeriod.Count(a => a.Status == InvestmentAgreementStatus.Intent),
            signedInPeriod.Count == 0 ? null : Math.Round(100m * contracted.Count / signedInPeriod.Count, 2, MidpointRounding.AwayFromZero),
            median, contracted.Sum(a => a.ContractInvestment ?? 0m));
    }
}
