using System.ComponentModel.DataAnnotations;
using Qingmeng.Finance.Application;
using Qingmeng.Finance.Model;

namespace Qingmeng.Finance.Apis;

public sealed record FirmProfileRequest(
    [property: Required, StringLength(200, MinimumLength = 2)] string Name,
    [property: Range(0, 1_000_000_000_000)] decimal AnnualRevenue,
    [property: Range(-100, 10_000)] decimal RevenueGrowthPercent,
    [property: Range(0, 100)] decimal RdRatioPercent,
    [property: Range(0, 100_000)] int InventionPatents,
    [property: Range(0, 100_000)] int OtherPatents,
    [property: Range(0, 1_000_000)] int Employees,
    [property: Range(0, 200)] int YearsInOperation,
    [property: Required, RegularExpression("^(AAA|AA|A|BBB|BB|B|C)$", ErrorMessage = "creditRating 须为 AAA、AA、A、BBB、BB、B、C 之一 (creditRating must be one of AAA, AA, A, BBB, BB, B, C)")] string CreditRating,
    bool IsSpecialisedSme,
    bool IsHighTech,
    bool HasOverdueLoans,
    bool InDifficulty,
    bool InThreeStriveCampaign)
{
    public FirmProfileData ToData() => new(
        Name.Trim(), AnnualRevenue, RevenueGrowthPercent, RdRatioPercent, InventionPatents, OtherPatents, Employees, YearsInOperation,
        CreditRating, IsSpecialisedSme, IsHighTech, HasOverdueLoans, InDifficulty, InThreeStriveCampaign);
}

public sealed record FirmProfileView(
    string CreditCode, string Name, decimal AnnualRevenue, decimal RevenueGrowthPercent, decimal RdRatioPercent,
    int InventionPatents, int OtherPatents, int Employees, int YearsInOperation, string CreditRating,
    bool IsSpecialisedSme, bool IsHighTech, bool HasOverdueLoans, bool InDifficulty, bool InThreeStriveCampaign,
    bool OnWhitelist, DateTimeOffset UpdatedAt)
{
    public static FirmProfileView From(FirmProfile p) => new(
        p.CreditCode, p.Name, p.AnnualRevenue, p.RevenueGrowthPercent, p.RdRatioPercent, p.InventionPatents, p.OtherPatents,
        p.Employees, p.YearsInOperation, p.CreditRating, p.IsSpecialisedSme, p.IsHighTech, p.HasOverdueLoans, p.InDifficulty,
        p.InThreeStriveCampaign, p.OnWhitelist, p.UpdatedAt);
}

public sealed record MatchmakingView(FinancingNeedView Need, bool ProfileKnown, IReadOnlyList<ProductMatchView> Matches);
