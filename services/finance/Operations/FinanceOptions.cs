using Qingmeng.Finance.Model;

namespace Qingmeng.Finance.Operations;

/// <summary>The finance service's business settings, bound from <c>Finance</c>.</summary>
public sealed class FinanceOptions
{
    public const string SectionName = "Finance";

    /// <summary>1-year loan prime rate in percent (全国银行间同业拆借中心, May 2025: 3.0 %).</summary>
    public decimal OneYearLprPercent { get; set; } = 3.0m;

    /// <summary>5-year-plus loan prime rate in percent (May 2025: 3.5 %).</summary>
    public decimal FiveYearLprPercent { get; set; } = 3.5m;

    /// <summary>Working days a bank has to respond to a referral before it is escalated.</summary>
    public int BankResponseWorkingDays { get; set; } = 3;

    /// <summary>Days before maturity when the firm and the bank are warned about renewal (续贷).</summary>
    public int RenewalWarningDays { get; set; } = 30;

    /// <summary>White-list score a firm needs to be listed.</summary>
    public decimal WhitelistThreshold { get; set; } = 60m;

    /// <summary>Who hears about overdue bank responses: the zone's finance officer (a platform subject or mobile number).</summary>
    public string ZoneFinanceOfficer { get; set; } = "zone-finance-officer";

    /// <summary>Committed size of the industry fund (产业投资基金), yuan.</summary>
    public decimal IndustryFundCommitment { get; set; } = 532_000_000m;

    /// <summary>Term of the financing need proposed for a registered project (months).</summary>
    public int ProjectNeedTermMonths { get; set; } = 60;

    public LprRates Lpr() => new(OneYearLprPercent, FiveYearLprPercent);
}
