using Qingmeng.ServiceDefaults.Eligibility;

namespace Qingmeng.PolicyMatch.Model.Profiles;

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
        new(IndustryCode, "国民经济行业代码", ProfileFieldKind.Text, null, FieldOwner.FirmDeclaration, "企业申报"),
        new(IndustryChain, "主导产业链", ProfileFieldKind.Text, null, FieldOwner.FirmDeclaration, "企业申报"),
        new(SizeClass, "企业规模", ProfileFieldKind.Text, null, FieldOwner.FirmDeclaration, "企业申报"),
        new(AboveDesignatedSize, "规模以上企业", ProfileFieldKind.Flag, null, FieldOwner.Officer, "统计部门（经办人员录入）"),
        new(Location, "所在片区", ProfileFieldKind.Text, null, FieldOwner.FirmDeclaration, "企业申报"),
        new(RegisteredOn, "注册日期", ProfileFieldKind.Date, null, FieldOwner.Officer, "市场监管登记（经办人员录入）"),
        new(AnnualRevenue, "上年度营业收入", ProfileFieldKind.Number, "元", FieldOwner.FirmDeclaration, "企业申报"),
        new(RevenueGrowth, "营业收入增长率", ProfileFieldKind.Number, "%", FieldOwner.FirmDeclaration, "企业申报"),
        new(TaxPaid, "上年度纳税额", ProfileFieldKind.Number, "元", FieldOwner.Officer, "税务部门（经办人员录入）"),
        new(RdExpense, "上年度研发费用", ProfileFieldKind.Number, "元", FieldOwner.FirmDeclaration, "企业申报"),
        new(RdRatio, "研发费用占营业收入比例", ProfileFieldKind.Number, "%", FieldOwner.FirmDeclaration, "企业申报"),
        new(InventionPatents, "有效发明专利", ProfileFieldKind.Number, "件", FieldOwner.FirmDeclaration, "企业申报"),
        new(Employees, "从业人数", ProfileFieldKind.Number, "人", FieldOwner.FirmDeclaration, "企业申报"),
        new(SocialInsuranceMonths, "连续缴纳社保月数", ProfileFieldKind.Number, "个月", FieldOwner.Officer, "社保部门（经办人员录入）"),
        new(LayoffRate, "上年度裁员率", ProfileFieldKind.Number, "%", FieldOwner.FirmDeclaration, "企业申报"),
        new(NewHires, "本年度新招用员工", ProfileFieldKind.Number, "人", FieldOwner.Talent, "talent:HireConfirmed"),
        new(GraduateHires, "本年度招用高校毕业生", ProfileFieldKind.Number, "人", FieldOwner.Officer, "人社部门就业登记（经办人员录入）"),
        new(HighLevelTalents, "高层次人才", ProfileFieldKind.Number, "人", FieldOwner.Talent, "talent:TalentCertified"),
        new(CertifiedTalents, "经认定人才", ProfileFieldKind.Number, "人", FieldOwner.Talent, "talent:TalentCertified"),
        new(CreditStanding, "信用等级", ProfileFieldKind.Text, null, FieldOwner.Governance, "社会治理信用评价（经办人员录入）"),
        new(PenaltiesLast12Months, "近12个月行政处罚", ProfileFieldKind.Number, "次", FieldOwner.Governance, "governance:PenaltyRecorded, governance:CreditRepaired"),
        new(CreditRepaired, "已完成信用修复", ProfileFieldKind.Flag, null, FieldOwner.Governance, "governance:CreditRepaired"),
        new(Certifications, "资质认定", ProfileFieldKind.TextSet, null, FieldOwner.Officer, "认定机构（政策专员录入）"),
        new(LoanAmount, "本年度新增贷款", ProfileFieldKind.Number, "元", FieldOwner.Finance, "finance:LoanDisbursed"),
        new(IpWhitelisted, "知识产权质押融资白名单", ProfileFieldKind.Flag, null, FieldOwner.Finance, "finance:WhitelistChanged"),
        new(ProjectsReadyForConstruction, "具备开工条件项目", ProfileFieldKind.Number, "个", FieldOwner.Approval, "approval:ProjectReadyForConstruction"),
        new(FixedAssetInvestment, "本年度固定资产投资", ProfileFieldKind.Number, "元", FieldOwner.FirmDeclaration, "企业申报"),
        new(DigitalInvestment, "数字化改造投入", ProfileFieldKind.Number, "元", FieldOwner.FirmDeclaration, "企业申报"),
        new(ExportValue, "上年度出口额", ProfileFieldKind.Number, "元", FieldOwner.FirmDeclaration, "企业申报"),
        new(ListingStage, "上市进程", ProfileFieldKind.Text, null, FieldOwner.FirmDeclaration, "企业申报"),
        new(CasesClosed, "已办结诉求", ProfileFieldKind.Number, "件", FieldOwner.Governance, "governance:CaseClosed"),
    ];

    private static readonly Dictionary<string, ProfileField> ByKey = All.ToDictionary(f => f.Key, StringComparer.Ordinal);

    public static ProfileField? Find(string key) => ByKey.GetValueOrDefault(key);

    /// <summary>Why a value cannot be stored in a field (unknown field, wrong type), or null when it can.</summary>
    public static string? Problem(string key, System.Text.Json.JsonElement value)
    {
        if (Find(key) is not { } field)
        {
            return $"未知的画像字段 {key} (unknown profile field '{key}')";
        }
        var fits = field.Kind switch
        {
            ProfileFieldKind.Number => value.ValueKind == System.Text.Json.JsonValueKind.Number && value.GetDecimal() >= 0,
            ProfileFieldKind.Flag => value.ValueKind is System.Text.Json.JsonValueKind.True or System.Text.Json.JsonValueKind.False,
            ProfileFieldKind.Date => value.ValueKind == System.Text.Json.JsonValueKind.String && DateOnly.TryParseExact(value.GetString(), "yyyy-MM-dd", out _),
            ProfileFieldKind.TextSet => value.ValueKind == System.Text.Json.JsonValueKind.Array && value.EnumerateArray().All(v => v.ValueKind == System.Text.Json.JsonValueKind.String),
            _ => value.ValueKind == System.Text.Json.JsonValueKind.String && value.GetString()!.Length is > 0 and <= 100,
        };
        if (fits && key == Certifications)
        {
            return CertificationCatalogue.Problem(value.EnumerateArray().Select(v => v.GetString()!).ToList());
        }
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
