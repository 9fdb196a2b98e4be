using Qingmeng.ServiceDefaults.Calendar;
using Qingmeng.ServiceDefaults.Eligibility;

namespace Qingmeng.Finance.Model;

/// <summary>The facts a loan rule may read, with Chinese labels and units for the explanations.</summary>
public static class FinanceFields
{
    public const string RequestedAmount = "requestedAmount";
    public const string TermMonths = "termMonths";
    public const string AnnualRevenue = "annualRevenue";
    public const string RevenueGrowthPercent = "revenueGrowthPercent";
    public const string RdRatioPercent = "rdRatioPercent";
    public const string InventionPatents = "inventionPatents";
    public const string OtherPatents = "otherPatents";
    public const string Employees = "employees";
    public const string YearsInOperation = "yearsInOperation";
    public const string CreditRating = "creditRating";
    public const string SpecialisedSme = "specialisedSme";
    public const string HighTech = "highTech";
    public const string HasOverdueLoans = "hasOverdueLoans";
    public const string InDifficulty = "inDifficulty";
    public const string ThreeStriveCampaign = "threeStriveCampaign";
    public const string OnWhitelist = "onWhitelist";
    public const string HasMaturingLoan = "hasMaturingLoan";
    public const string OpenPenalties = "openPenalties";

    /// <summary>The window of <see cref="HasMaturingLoan"/>: a loan maturing within this many days (China dates) may be renewed.</summary>
    public const int MaturingWithinDays = 90;

    /// <summary>Whether a loan maturing on <paramref name="maturesOn"/> is maturing today (or already due).</summary>
    public static bool IsMaturing(DateOnly? maturesOn, DateTimeOffset now) =>
        maturesOn is { } due && due <= ChinaTime.ToChinaDate(now).AddDays(MaturingWithinDays);

    public static readonly FieldCatalog Catalog = new(new Dictionary<string, FieldDefinition>
    {
        [RequestedAmount] = new("融资金额", "元"),
        [TermMonths] = new("融资期限", "个月"),
        [AnnualRevenue] = new("上年营业收入", "元"),
        [RevenueGrowthPercent] = new("营业收入增长率", "%"),
        [RdRatioPercent] = new("研发投入占比", "%"),
        [InventionPatents] = new("发明专利", "件"),
        [OtherPatents] = new("其他知识产权", "件"),
        [Employees] = new("从业人数", "人"),
        [YearsInOperation] = new("经营年限", "年"),
        [CreditRating] = new("信用等级"),
        [SpecialisedSme] = new("专精特新中小企业"),
        [HighTech] = new("高新技术企业"),
        [HasOverdueLoans] = new("存在逾期贷款"),
        [InDifficulty] = new("生产经营暂时困难"),
        [ThreeStriveCampaign] = new("列入“三争”行动项目"),
        [OnWhitelist] = new("知识产权质押融资白名单"),
        [HasMaturingLoan] = new("有 90 日内到期的贷款"),
        [OpenPenalties] = new("未修复的行政处罚", "件"),
    });

    /// <summary>A firm's facts; with no profile only the need is known and profile rules come out unknown.</summary>
    public static Facts For(FirmProfile? profile, decimal? amount, int? termMonths, bool? hasMaturingLoan, int? openPenalties = null)
    {
        var facts = new Facts()
            .SetIfKnown(RequestedAmount, amount)
            .SetIfKnown(TermMonths, termMonths)
            .SetIfKnown(HasMaturingLoan, hasMaturingLoan)
            .SetIfKnown(OpenPenalties, openPenalties);
        if (profile is null)
        {
            return facts;
        }
        return facts
            .Set(AnnualRevenue, profile.AnnualRevenue)
            .Set(RevenueGrowthPercent, profile.RevenueGrowthPercent)
            .Set(RdRatioPercent, profile.RdRatioPercent)
            .Set(InventionPatents, profile.InventionPatents)
            .Set(OtherPatents, profile.OtherPatents)
            .Set(Employees, profile.Employees)
            .Set(YearsInOperation, profile.YearsInOperation)
            .Set(CreditRating, profile.CreditRating)
            .Set(SpecialisedSme, profile.IsSpecialisedSme)
            .Set(HighTech, profile.IsHighTech)
            .Set(HasOverdueLoans, profile.HasOverdueLoans)
            .Set(InDifficulty, profile.InDifficulty)
            .Set(ThreeStriveCampaign, profile.InThreeStriveCampaign)
            .Set(OnWhitelist, profile.OnWhitelist);
    }
}
