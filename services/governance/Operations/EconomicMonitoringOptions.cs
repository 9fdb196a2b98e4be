using System.ComponentModel.DataAnnotations;

namespace Qingmeng.Governance.Operations;

/// <summary>经济运行 monitoring of the 规上企业 monthly reports, bound from <c>EconomicMonitoring</c>.</summary>
public sealed class EconomicMonitoringOptions
{
    public const string SectionName = "EconomicMonitoring";

    /// <summary>
    /// A firm falls below its band when its output value or power use drops by more than this percentage against the
    /// same month of the previous year (or the average of its three months before, with no prior-year report).
    /// </summary>
    [Range(1, 100)]
    public decimal DropThresholdPercent { get; set; } = 30m;
}
