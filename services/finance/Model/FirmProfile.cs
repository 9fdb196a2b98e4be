namespace Qingmeng.Finance.Model;

/// <summary>
/// What the finance service knows about a firm for matchmaking and white-list scoring: what the firm declared,
/// plus what the service learnt itself (white-list standing, loans outstanding).
/// </summary>
public sealed class FirmProfile
{
    public string CreditCode { get; private set; } = "";

    public string Name { get; private set; } = "";

    /// <summary>Last financial year's revenue, yuan.</summary>
    public decimal AnnualRevenue { get; private set; }

    /// <summary>Year-on-year revenue growth, percent (may be negative).</summary>
    public decimal RevenueGrowthPercent { get; private set; }

    /// <summary>R&amp;D spending over revenue, percent.</summary>
    public decimal RdRatioPercent { get; private set; }

    public int InventionPatents { get; private set; }

    /// <summary>Utility-model and design patents, software copyrights.</summary>
    public int OtherPatents { get; private set; }

    public int Employees { get; private set; }

    public int YearsInOperation { get; private set; }

    /// <summary>Bank credit rating: AAA, AA, A, BBB, BB, B, C.</summary>
    public string CreditRating { get; private set; } = "";

    /// <summary>专精特新 (specialised, refined, distinctive, innovative) SME.</summary>
    public bool IsSpecialisedSme { get; private set; }

    /// <summary>国家高新技术企业.</summary>
    public bool IsHighTech { get; private set; }

    public bool HasOverdueLoans { get; private set; }

    /// <summary>Under temporary pressure (orders, cash flow) — the 纾困 programme's target.</summary>
    public bool InDifficulty { get; private set; }

    /// <summary>Listed in the zone's 三争 key-project campaign.</summary>
    public bool InThreeStriveCampaign { get; private set; }

    public bool OnWhitelist { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    private FirmProfile()
    {
    }

    public static FirmProfile Create(string creditCode, FirmProfileData data, DateTimeOffset now)
    {
        var profile = new FirmProfile { CreditCode = creditCode };
        profile.Update(data, now);
        return profile;
    }

    public void Update(FirmProfileData data, DateTimeOffset now)
    {
        Name = data.Name;
        AnnualRevenue = data.AnnualRevenue;
        RevenueGrowthPercent = data.RevenueGrowthPercent;
        RdRatioPercent = data.RdRatioPercent;
        InventionPatents = data.InventionPatents;
        OtherPatents = data.OtherPatents;
        Employees = data.Employees;
        YearsInOperation = data.YearsInOperation;
        CreditRating = data.CreditRating;
        IsSpecialisedSme = data.IsSpecialisedSme;
        IsHighTech = data.IsHighTech;
        HasOverdueLoans = data.HasOverdueLoans;
        InDifficulty = data.InDifficulty;
        InThreeStriveCampaign = data.InThreeStriveCampaign;
        UpdatedAt = now;
    }

    public void SetWhitelist(bool onWhitelist, DateTimeOffset now)
    {
        OnWhitelist = onWhitelist;
        UpdatedAt = now;
    }

    /// <summary>Credit ratings from best to worst; a rating's rank is its position (AAA = 7 … C = 1).</summary>
    public static readonly string[] Ratings = ["C", "B", "BB", "BBB", "A", "AA", "AAA"];

    public static int RatingRank(string rating) => Array.IndexOf(Ratings, rating) + 1;
}
