namespace Qingmeng.Contracts.ReferenceData;

/// <summary>A department of the zone (or the city bureau the zone works with): its code, Chinese name and what it handles.</summary>
public sealed record DepartmentInfo(string Code, string Name, string Handles);

/// <summary>
/// The one department catalogue of the platform: every service that names a department (approval's catalogue and
/// officers, governance's dispatch and modules, talent's welfare office, identity's officer claims) uses these codes,
/// so a code means the same body everywhere. The approval departments keep the codes governance already dispatched to
/// (生态环境局 is HBJ, 应急管理局 is AJJ); the old approval codes are only read back by <see cref="Canonical"/>.
/// </summary>
public static class DepartmentCatalogue
{
    /// <summary>发展和改革局.</summary>
    public const string DevelopmentAndReform = "FGJ";

    /// <summary>经济发展局: 经济运行 (the monthly reports of 规上企业 and their alerts).</summary>
    public const string EconomicDevelopment = "JFJ";

    /// <summary>自然资源局.</summary>
    public const string NaturalResources = "ZRJ";

    /// <summary>生态环境局.</summary>
    public const string EcologyAndEnvironment = "HBJ";

    /// <summary>住房和城乡建设局.</summary>
    public const string HousingAndConstruction = "ZJJ";

    /// <summary>应急管理局.</summary>
    public const string EmergencyManagement = "AJJ";

    /// <summary>人力资源和社会保障局.</summary>
    public const string HumanResources = "RSJ";

    /// <summary>民政局.</summary>
    public const string CivilAffairs = "MZJ";

    public static IReadOnlyList<DepartmentInfo> All { get; } =
    [
        new(DevelopmentAndReform, "发展和改革局", "企业投资项目备案与核准、节能审查、招标事项核准"),
        new(EconomicDevelopment, "经济发展局", "经济运行诉求：用电用气、产业链协调、企业经营困难"),
        new("ZZB", "综治中心", "综合治理与网格管理诉求"),
        new(EmergencyManagement, "应急管理局", "安全生产与应急管理诉求；危化品建设项目安全条件审查、安全设施设计审查"),
        new(EcologyAndEnvironment, "生态环境局", "智慧环保诉求；建设项目环评审批、排污许可与竣工环保验收"),
        new("SWJ", "税务分局", "云税e检与涉税诉求"),
        new("CGJ", "城市管理局", "市容、占道、违建等城市管理诉求"),
        new(HumanResources, "人力资源和社会保障局", "劳动保障诉求与劳动争议仲裁"),
        new("SCJ", "市场监督管理局", "市场监管诉求：登记、质量、价格、食品安全"),
        new(NaturalResources, "自然资源局", "规划国土诉求；用地预审与选址、用地与工程规划许可、不动产登记、低效用地再开发"),
        new(HousingAndConstruction, "住房和城乡建设局", "住建工程诉求；消防设计审查、施工图审查、招投标监管、施工许可、竣工验收"),
        new("XFB", "信访局", "信访维稳"),
        new("QFZ", "企业服务中心", "企业服务诉求与惠企政策咨询"),
        new("XFJ", "消防救援大队", "消防安全诉求与检查"),
        new("JTJ", "交通运输局", "道路交通与运输诉求"),
        new("DCS", "督查室", "效能督查：审批超时督办、效能投诉"),
        new("GAJ", "公安分局", "治安与户政诉求"),
        new("SWZ", "社会事务局", "教育、卫生、文体等社会事务诉求"),
        new("XZFW", "行政服务中心", "政务服务窗口与帮代办"),
        new(CivilAffairs, "民政局", "困难家庭登记与救助"),
    ];

    /// <summary>Codes approval used before the catalogue, for the same bodies.</summary>
    private static readonly Dictionary<string, string> Retired = new(StringComparer.Ordinal)
    {
        ["STHJ"] = EcologyAndEnvironment,
        ["YJGL"] = EmergencyManagement,
    };

    private static readonly Dictionary<string, DepartmentInfo> ByCode = All.ToDictionary(d => d.Code, StringComparer.Ordinal);

    public static bool IsKnown(string code) => ByCode.ContainsKey(code);

    public static DepartmentInfo? Find(string code) => ByCode.GetValueOrDefault(code);

    /// <summary>The catalogue's code for <paramref name="code"/>: itself, or the current code of a retired one (STHJ → HBJ).</summary>
    public static string Canonical(string code) => Retired.GetValueOrDefault(code, code);

    /// <summary>The retired codes and the codes that replace them, for migrations of stored rows.</summary>
    public static IReadOnlyDictionary<string, string> RetiredCodes => Retired;
}
