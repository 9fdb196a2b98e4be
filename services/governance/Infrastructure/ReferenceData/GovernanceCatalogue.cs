using Qingmeng.Contracts.ReferenceData;
using Qingmeng.Governance.Model;

namespace Qingmeng.Governance.Infrastructure.ReferenceData;

/// <summary>The reference data seeded at every start (whatever <c>DemoData</c> says): 17 modules, their service codes and the zone's departments (from the shared catalogue).</summary>
public static class GovernanceCatalogue
{
    public const string SupervisionModuleCode = "EFF-SUP";

    public const string LabourModuleCode = "LABOUR";

    /// <summary>The zone's departments: the platform's one catalogue (contracts/ReferenceData), so approval's codes dispatch here.</summary>
    public static readonly Department[] Departments =
        [.. DepartmentCatalogue.All.Select(d => new Department { Code = d.Code, Name = d.Name })];

    public static readonly GovernanceModule[] Modules =
    [
        Module(1, "ECON-RUN", "经济运行", DepartmentCatalogue.EconomicDevelopment, signForWorkingDays: 1, completionWorkingDays: 10, escalateAfterWorkingDays: 3),
        Module(2, "COMP-GOV", "综合治理", "ZZB", signForWorkingDays: 1, completionWorkingDays: 15, escalateAfterWorkingDays: 5),
        Module(3, "SAFE-PROD", "安全生产", DepartmentCatalogue.EmergencyManagement, signForWorkingDays: 1, completionWorkingDays: 5, escalateAfterWorkingDays: 2),
        Module(4, "EMERG", "应急管理", DepartmentCatalogue.EmergencyManagement, signForWorkingDays: 1, completionWorkingDays: 3, escalateAfterWorkingDays: 1),
        Module(5, "SMART-ENV", "智慧环保", DepartmentCatalogue.EcologyAndEnvironment, signForWorkingDays: 1, completionWorkingDays: 10, escalateAfterWorkingDays: 3),
        Module(6, "TAX-CHECK", "云税e检", "SWJ", signForWorkingDays: 1, completionWorkingDays: 10, escalateAfterWorkingDays: 3),
        Module(7, "URBAN-MGT", "城市管理", "CGJ", signForWorkingDays: 1, completionWorkingDays: 7, escalateAfterWorkingDays: 3),
        Module(8, LabourModuleCode, "劳动保障", DepartmentCatalogue.HumanResources, signForWorkingDays: 1, completionWorkingDays: 5, escalateAfterWorkingDays: 2),
        Module(9, "MARKET-REG", "市场监管", "SCJ", signForWorkingDays: 1, completionWorkingDays: 10, escalateAfterWorkingDays: 3),
        Module(10, "LAND-PLAN", "规划国土", DepartmentCatalogue.NaturalResources, signForWorkingDays: 1, completionWorkingDays: 15, escalateAfterWorkingDays: 5),
        Module(11, "CONSTRUCT", "住建工程", DepartmentCatalogue.HousingAndConstruction, signForWorkingDays: 1, completionWorkingDays: 15, escalateAfterWorkingDays: 5),
        Module(12, "PETITION", "信访维稳", "XFB", signForWorkingDays: 1, completionWorkingDays: 30, escalateAfterWorkingDays: 5),
        Module(13, "ENT-SERVICE", "企业服务", "QFZ", signForWorkingDays: 1, completionWorkingDays: 10, escalateAfterWorkingDays: 3),
        Module(14, "GRID", "网格管理", "ZZB", signForWorkingDays: 1, completionWorkingDays: 7, escalateAfterWorkingDays: 3),
        Module(15, "FIRE-SAFETY", "消防安全", "XFJ", signForWorkingDays: 1, completionWorkingDays: 5, escalateAfterWorkingDays: 2),
        Module(16, "SOCIAL-AFF", "社会事业", "SWZ", signForWorkingDays: 1, completionWorkingDays: 10, escalateAfterWorkingDays: 3),
        Module(17, SupervisionModuleCode, "效能督查", "DCS", signForWorkingDays: 1, completionWorkingDays: 5, escalateAfterWorkingDays: 2),
    ];

    public static readonly ServiceType[] ServiceTypes =
    [
        Service("ECON-RUN-01", "ECON-RUN", "用电用能协调", "企业用电报装、增容、用气用水协调"),
        Service("ECON-RUN-02", "ECON-RUN", "要素保障诉求", "用工、用地、融资等生产要素保障"),
        Service("COMP-GOV-01", "COMP-GOV", "矛盾纠纷调解", "邻里、企业间矛盾纠纷的调解"),
        Service("COMP-GOV-02", "COMP-GOV", "治安隐患", "园区、村居治安隐患排查"),
        Service("SAFE-PROD-01", "SAFE-PROD", "安全隐患举报", "厂房、设备、危化品等安全生产隐患"),
        Service("SAFE-PROD-02", "SAFE-PROD", "特种设备隐患", "电梯、锅炉、起重机械等特种设备隐患"),
        Service("EMERG-01", "EMERG", "突发事件报告", "自然灾害、事故等突发事件的报告与处置"),
        Service("EMERG-02", "EMERG", "防汛防台", "台风、暴雨期间的险情报告"),
        Service("SMART-ENV-01", "SMART-ENV", "环境污染投诉", "废气、废水、噪声、扬尘污染"),
        Service("SMART-ENV-02", "SMART-ENV", "在线监测预警", "在线监测设备超标预警核查"),
        Service("TAX-CHECK-01", "TAX-CHECK", "涉税风险体检", "云税e检涉税风险提示与辅导"),
        Service("TAX-CHECK-02", "TAX-CHECK", "办税诉求", "发票、退税、税收优惠等办税诉求"),
        Service("URBAN-MGT-01", "URBAN-MGT", "市容环境", "占道经营、乱堆乱放、广告牌安全"),
        Service("URBAN-MGT-02", "URBAN-MGT", "市政设施", "道路、路灯、井盖等市政设施损坏"),
        Service("LABOUR-01", LabourModuleCode, "劳动争议", "劳动合同、工伤、社保等劳动争议"),
        Service("LABOUR-02", LabourModuleCode, "欠薪投诉", "拖欠工资、农民工工资投诉"),
        Service("MARKET-REG-01", "MARKET-REG", "消费投诉", "商品、服务质量与价格投诉"),
        Service("MARKET-REG-02", "MARKET-REG", "食品安全", "食品生产经营安全隐患"),
        Service("LAND-PLAN-01", "LAND-PLAN", "用地规划咨询", "用地、规划许可、不动产登记诉求"),
        Service("LAND-PLAN-02", "LAND-PLAN", "违法用地举报", "违法占地、违法建设举报"),
        Service("CONSTRUCT-01", "CONSTRUCT", "工程建设诉求", "施工许可、竣工验收、工地管理"),
        Service("CONSTRUCT-02", "CONSTRUCT", "施工扰民", "夜间施工、工地扬尘噪声扰民"),
        Service("PETITION-01", "PETITION", "初信初访", "首次来信来访诉求"),
        Service("PETITION-02", "PETITION", "重复信访化解", "重复信访事项的化解"),
        Service("ENT-SERVICE-01", "ENT-SERVICE", "帮代办服务", "项目审批帮办代办"),
        Service("ENT-SERVICE-02", "ENT-SERVICE", "政企恳谈诉求", "早午晚餐会、恳谈会、百名干部进企业收集的诉求"),
        Service("GRID-01", "GRID", "网格事件上报", "网格员巡查发现的事件"),
        Service("FIRE-SAFETY-01", "FIRE-SAFETY", "消防隐患", "消防通道占用、消防设施损坏"),
        Service("SOCIAL-AFF-01", "SOCIAL-AFF", "教育医疗诉求", "入学、就医、养老等民生诉求"),
        Service("SOCIAL-AFF-02", "SOCIAL-AFF", "人才服务诉求", "人才公寓、人才认定等诉求"),
        Service("EFF-SUP-01", SupervisionModuleCode, "审批超时督办", "审批事项超过法定时限的督办"),
        Service("EFF-SUP-02", SupervisionModuleCode, "效能投诉", "工作人员作风效能投诉"),
    ];

    private static GovernanceModule Module(
        int order, string code, string name, string department, int signForWorkingDays, int completionWorkingDays, int escalateAfterWorkingDays) =>
        new()
        {
            Code = code, Name = name, DefaultDepartmentCode = department, SignForWorkingDays = signForWorkingDays,
            CompletionWorkingDays = completionWorkingDays, EscalateAfterWorkingDays = escalateAfterWorkingDays, SortOrder = order,
        };

    private static ServiceType Service(string code, string module, string name, string description) =>
        new() { Code = code, ModuleCode = module, Name = name, Description = description };
}
