
namespace Qingmeng.Finance.Model;

/// <summary>The loan prime rates (LPR) in force, in percent per year.</summary>
public sealed record LprRates(decimal OneYearPercent, decimal FiveYearPercent);
