namespace Qingmeng.Finance.Model;

/// <summary>A firm's declared figures.</summary>
public sealed record FirmProfileData(
    string Name, decimal AnnualRevenue, decimal RevenueGrowthPercent, decimal RdRatioPercent,
    int InventionPatents, int OtherPatents, int Employees, int YearsInOperation, string CreditRating,
    bool IsSpecialisedSme, bool IsHighTech, bool HasOverdueLoans, bool InDifficulty, bool InThreeStriveCampaign);
