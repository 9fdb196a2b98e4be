using Qingmeng.ServiceDefaults.Eligibility;

namespace Qingmeng.PolicyMatch.Model.Profiles;

/// <summary>What kind of value a profile field holds.</summary>
public enum ProfileFieldKind
{
    Number,
    Text,
    Flag,
    Date,
    TextSet,
}

/// <summary>A profile field that conditions and amount rules may refer to, with its Chinese label and unit.</summary>
public sealed record ProfileField(string Key, string Label, ProfileFieldKind Kind, string? Unit = null);

/// <summary>
/// The enterprise-profile (一企一档) fields known to the rule engine. A condition naming any other field is
/// rejected, so a policy can never be published with a condition nobody can evaluate.
/// Money is in yuan; ratios are percentages (3 means 3 %).
/// </summary>
public static class ProfileFields
{
    public const string IndustryCode = "industryCode";
    public const string IndustryChain = "industryChain";
    public const string SizeClass = "sizeClass";
    public const string AboveDesignatedSize = "aboveDesignatedSize";
    public const string Location = "location";
    public const string RegisteredOn = "registeredOn";
    public const string AnnualRevenue = "annualRevenue";
    public const string RevenueGrowth = "revenueGrowth";
    public const string TaxPaid = "taxPaid";
    public const string RdExpense = "rdExpense";
    public const string RdRatio = "rdRatio";
    public const string InventionPatents = "inventionPatents";
    public const string Employees = "employees";
    public const string SocialInsuranceMonths = "socialInsuranceMonths";
    public const string LayoffRate = "layoffRate";
    public const string NewHires = "newHires";
    public const string GraduateHires = "graduateHires";
    public const string HighLevelTalents = "highLevelTalents";
    public const string CertifiedTalents = "certifiedTalents";
    public const string CreditStanding = "creditStanding";
    public const string PenaltiesLast12Months = "penaltiesLast12Months";
    public const string CreditRepaired = "creditRepaired";
    public const string Certifications = "certifications";
    public const string LoanAmount = "loanAmount";
    public const string IpWhitelisted = "ipWhitelisted";
    public const string ProjectsReadyForConstruction = "projectsReadyForConstruction";
    public const string FixedAssetInvestment = "fixedAssetInvestment";
    public const string DigitalInvestment = "digitalInvestment";
    public const string ExportValue = "exportValue";
    public const string ListingStage = "listingStage";
    public const string CasesClosed = "casesClosed";

    public static IReadOnlyList<ProfileField> All { get; } =
    [
        new(IndustryCode, "国民经济行业代码", ProfileFieldKind.Text),
        new(IndustryChain, "主导产业链", ProfileFieldKind.Text),
        new(SizeClass, "企业规模", ProfileFieldKind.Text),
        new(AboveDesignatedSize, "规模以上企业", ProfileFieldKind.Flag),
        new(Location, "所在片区", ProfileFieldKind.Text),
        new(RegisteredOn, "注册日期", ProfileFieldKind.Date),
        new(AnnualRevenue, "上年度营业收入", ProfileFieldKind.Number, "元"),
        new(RevenueGrowth, "营业收入增长率", ProfileFieldKind.Number, "%"),
        new(TaxPaid, "上年度纳税额", ProfileFieldKind.Number, "元"),
        new(RdExpense, "上年度研发费用", ProfileFieldKind.Number, "元"),
        new(RdRatio, "研发费用占营业收入比例", ProfileFieldKind.Number, "%"),
        new(InventionPatents, "有效发明专利", ProfileFieldKind.Number, "件"),
        new(Employees, "从业人数", ProfileFieldKind.Number, "人"),
        new(SocialInsuranceMonths, "连续缴纳社保月数", ProfileFieldKind.Number, "个月"),
        new(LayoffRate, "上年度裁员率", ProfileFieldKind.Number, "%"),
        new(NewHires, "本年度新招用员工", ProfileFieldKind.Number, "人"),
        new(GraduateHires, "本年度招用高校毕业生", ProfileFieldKind.Number, "人"),
        new(HighLevelTalents, "高层次人才", ProfileFieldKind.Number, "人"),
        new(CertifiedTalents, "经认定人才", ProfileFieldKind.Number, "人"),
        new(CreditStanding, "信用等级", ProfileFieldKind.Text),
        new(PenaltiesLast12Months, "近12个月行政处罚", ProfileFieldKind.Number, "次"),
        new(CreditRepaired, "已完成信用修复", ProfileFieldKind.Flag),
        new(Certifications, "资质认定", ProfileFieldKind.TextSet),
        new(LoanAmount, "本年度新增贷款", ProfileFieldKind.Number, "元"),
        new(IpWhitelisted, "知识产权质押融资白名单", ProfileFieldKind.Flag),
        new(ProjectsReadyForConstruction, "具备开工条件项目", ProfileFieldKind.Number, "个"),
        new(FixedAssetInvestment, "本年度固定资产投资", ProfileFieldKind.Number, "元"),
        new(DigitalInvestment, "数字化改造投入", ProfileFieldKind.Number, "元"),
        new(ExportValue, "上年度出口额", ProfileFieldKind.Number, "元"),
        new(ListingStage, "上市进程", ProfileFieldKind.Text),
        new(CasesClosed, "已办结诉求", ProfileFieldKind.Number, "件"),
    ];

    private static readonly Dictionary<string, ProfileField> ByKey = All.ToDictionary(f => f.Key, StringComparer.Ordinal);

    public static ProfileField? Find(string key) => ByKey.GetValueOrDefault(key);

    /// <summary>Why a value cannot be stored in a field (unknown field, wrong type), or null when it can.</summary>
    public static string? Problem(string key, System.Text.Json.JsonElement value)
    {
        if (Find(key) is not { } field)
        {
            return $"Unknown profile field '{key}'.";
        }
        var fits = field.Kind switch
        {
            ProfileFieldKind.Number => value.ValueKind == System.Text.Json.JsonValueKind.Number && value.GetDecimal() >= 0,
            ProfileFieldKind.Flag => value.ValueKind is System.Text.Json.JsonValueKind.True or System.Text.Json.JsonValueKind.False,
            ProfileFieldKind.Date => value.ValueKind == System.Text.Json.JsonValueKind.String && DateOnly.TryParseExact(value.GetString(), "yyyy-MM-dd", out _),
            ProfileFieldKind.TextSet => value.ValueKind == System.Text.Json.JsonValueKind.Array && value.EnumerateArray().All(v => v.ValueKind == System.Text.Json.JsonValueKind.String),
            _ => value.ValueKind == System.Text.Json.JsonValueKind.String && value.GetString()!.Length is > 0 and <= 100,
        };
        return fits ? null : field.Kind switch
        {
            ProfileFieldKind.Number => $"'{key}' ({field.Label}) takes a number that is not negative.",
            ProfileFieldKind.Flag => $"'{key}' ({field.Label}) takes true or false.",
            ProfileFieldKind.Date => $"'{key}' ({field.Label}) takes a date as yyyy-MM-dd.",
            ProfileFieldKind.TextSet => $"'{key}' ({field.Label}) takes a list of texts.",
            _ => $"'{key}' ({field.Label}) takes a text of 1 to 100 characters.",
        };
    }

    /// <summary>A slot per profile field, in the order above: how compiled policies and fact rows meet (<see cref="FactSchema"/>).</summary>
    public static FactSchema Schema { get; } = new(All.Select(f => f.Key));

    /// <summary>Labels and units for explanations (研发费用占营业收入比例 ≥ 3 %).</summary>
    public static FieldCatalog Catalog { get; } = new(All.ToDictionary(f => f.Key, f => new FieldDefinition(f.Label, f.Unit), StringComparer.Ordinal));
}
