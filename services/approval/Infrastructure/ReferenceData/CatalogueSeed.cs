using Qingmeng.Approval.Model;
using Qingmeng.Contracts.ReferenceData;

namespace Qingmeng.Approval.Infrastructure.ReferenceData;

/// <summary>
/// Version 1 of the catalogue: the city-level approvals the zone handles for investment projects —
/// 5 departments, 16 major items (大项), 35 sub-items (小项). Limits are the zone's committed working-day
/// limits (承诺时限), never longer than the statutory ones. Department codes are the platform's shared catalogue's
/// (FGJ 发改, ZRJ 自然资源, HBJ 生态环境, ZJJ 住建, AJJ 应急管理); sub-item codes keep their historical prefixes.
/// </summary>
public static class CatalogueSeed
{
    public const string Note = "初始版本：5个部门、16大项、35小项（工程建设项目审批四阶段）";

    public static CatalogueDocument Document { get; } = Build();

    private static CatalogueDocument Build()
    {
        // The shared catalogue's codes and names (contracts/ReferenceData): governance dispatches supervision to the same codes.
        Department[] departments =
        [
            .. new[]
            {
                DepartmentCatalogue.DevelopmentAndReform, DepartmentCatalogue.NaturalResources, DepartmentCatalogue.EcologyAndEnvironment,
                DepartmentCatalogue.HousingAndConstruction, DepartmentCatalogue.EmergencyManagement,
            }.Select(code => new Department(code, DepartmentCatalogue.Find(code)!.Name)),
        ];
        CatalogueItem[] items =
        [
            new("FGJ-01", "企业投资项目备案与核准", "FGJ"),
            new("FGJ-02", "固定资产投资项目节能审查", "FGJ"),
            new("FGJ-03", "依法必须招标项目招标事项核准", "FGJ"),
            new("ZRJ-01", "建设项目用地预审与选址意见书", "ZRJ"),
            new("ZRJ-02", "建设用地规划许可", "ZRJ"),
            new("ZRJ-03", "建设工程规划许可", "ZRJ"),
            new("ZRJ-04", "建设用地审批与不动产登记", "ZRJ"),
            new("STHJ-01", "建设项目环境影响评价审批", DepartmentCatalogue.EcologyAndEnvironment),
            new("STHJ-02", "排污许可与竣工环境保护验收", DepartmentCatalogue.EcologyAndEnvironment),
            new("ZJJ-01", "建设工程消防设计审查", "ZJJ"),
            new("ZJJ-02", "施工图设计文件审查", "ZJJ"),
            new("ZJJ-03", "房屋建筑和市政工程招标投标监管", "ZJJ"),
            new("ZJJ-04", "建筑工程施工许可", "ZJJ"),
            new("ZJJ-05", "建设工程竣工验收", "ZJJ"),
            new("YJGL-01", "危险化学品建设项目安全条件审查", DepartmentCatalogue.EmergencyManagement),
            new("YJGL-02", "建设项目安全设施设计审查", DepartmentCatalogue.EmergencyManagement),
        ];

        const string Application = "申请表";
        const string License = "营业执照";
        const ApprovalStage P = ApprovalStage.ProjectAndLand;
        const ApprovalStage E = ApprovalStage.EngineeringPermit;
        const ApprovalStage C = ApprovalStage.ConstructionPermit;
        const ApprovalStage A = ApprovalStage.Completion;

        // A sub-item is handled by its item's department (the code's prefix is a mnemonic: STHJ-01-01 is HBJ's).
        CatalogueSubItem S(string code, string name, ApprovalStage stage, int limitWorkingDays, string[] materials, string[] prerequisites, bool gatesGroundbreaking, bool includedByDefault)
        {
            var item = code[..code.LastIndexOf('-')];
            return new(code, name, item, items.Single(i => i.Code == item).DepartmentCode, stage, limitWorkingDays, materials, prerequisites, gatesGroundbreaking, includedByDefault);
        }

        CatalogueSubItem[] subItems =
        [
            S("FGJ-01-01", "企业投资项目备案", P, limitWorkingDays: 2, [Application, License, "项目基本情况说明"], [], gatesGroundbreaking: true, includedByDefault: true),
            S("FGJ-01-02", "企业投资项目核准", P, limitWorkingDays: 20, [Application, "项目申请报告", "用地预审与选址意见书", "社会稳定风险评估报告"], ["ZRJ-01-01"], gatesGroundbreaking: true, includedByDefault: false),
            S("FGJ-01-03", "企业投资项目备案信息变更", P, limitWorkingDays: 2, [Application, "变更情况说明", "原备案证明"], ["FGJ-01-01"], gatesGroundbreaking: false, includedByDefault: false),
            S("FGJ-02-01", "固定资产投资项目节能审查", P, limitWorkingDays: 15, [Application, "节能报告", "项目备案证明"], ["FGJ-01-01"], gatesGroundbreaking: true, includedByDefault: true),
            S("FGJ-03-01", "依法必须招标项目招标方案核准", P, limitWorkingDays: 7, [Application, "招标方案", "项目核准文件"], ["FGJ-01-02"], gatesGroundbreaking: false, includedByDefault: false),

            S("ZRJ-01-01", "建设项目用地预审与选址意见书核发", P, limitWorkingDays: 20, [Application, "项目建设依据", "建设项目用地预审与选址论证报告", "标注项目用地范围的土地利用现状图"], [], gatesGroundbreaking: true, includedByDefault: true),
            S("ZRJ-01-02", "用地预审与选址意见书延续", P, limitWorkingDays: 10, [Application, "原用地预审与选址意见书", "延续理由说明"], ["ZRJ-01-01"], gatesGroundbreaking: false, includedByDefault: false),
            S("ZRJ-02-01", "规划条件核定", P, limitWorkingDays: 10, [Application, "宗地界址图", "控制性详细规划摘录"], ["ZRJ-01-01"], gatesGroundbreaking: true, includedByDefault: true),
            S("ZRJ-02-02", "建设用地规划许可证核发", P, limitWorkingDays: 20, [Application, "国有建设用地使用权出让合同", "规划条件", "项目备案证明"], ["ZRJ-02-01", "FGJ-01-01"], gatesGroundbreaking: true, includedByDefault: true),
            S("ZRJ-03-01", "建设工程设计方案审查", E, limitWorkingDays: 20, [Application, "建设工程设计方案", "总平面图", "建设用地规划许可证"], ["ZRJ-02-02"], gatesGroundbreaking: true, includedByDefault: true),
            S("ZRJ-03-02", "建设工程规划许可证核发", E, limitWorkingDays: 20, [Application, "设计方案审查意见", "不动产权证书", "建筑施工图"], ["ZRJ-03-01", "ZRJ-04-02"], gatesGroundbreaking: true, includedByDefault: true),
            S("ZRJ-03-03", "建设工程规划条件核实", A, limitWorkingDays: 15, [Application, "竣工测量成果报告", "建设工程规划许可证"], ["ZRJ-03-02"], gatesGroundbreaking: false, includedByDefault: true),
            S("ZRJ-04-01", "建设用地批准书核发", P, limitWorkingDays: 20, [Application, "国有建设用地使用权出让合同", "土地出让价款缴纳凭证"], ["ZRJ-02-02"], gatesGroundbreaking: true, includedByDefault: true),
            S("ZRJ-04-02", "国有建设用地使用权首次登记", P, limitWorkingDays: 5, [Application, License, "建设用地批准书", "不动产权籍调查成果", "完税凭证"], ["ZRJ-04-01"], gatesGroundbreaking: true, includedByDefault: true),

            S("STHJ-01-01", "建设项目环境影响报告书审批", E, limitWorkingDays: 20, [Application, "环境影响报告书", "公众参与说明", "项目备案证明"], [], gatesGroundbreaking: true, includedByDefault: true),
            S("STHJ-01-02", "建设项目环境影响报告表审批", E, limitWorkingDays: 10, [Application, "环境影响报告表", "项目备案证明"], [], gatesGroundbreaking: true, includedByDefault: false),
            S("STHJ-01-03", "建设项目环境影响登记表备案", E, limitWorkingDays: 1, ["环境影响登记表", License], [], gatesGroundbreaking: false, includedByDefault: false),
            S("STHJ-02-01", "排污许可证核发", A, limitWorkingDays: 20, [Application, "排污许可证申请表", "环评批复文件", "自行监测方案"], ["STHJ-01-01"], gatesGroundbreaking: false, includedByDefault: true),
            S("STHJ-02-02", "建设项目竣工环境保护验收备案", A, limitWorkingDays: 5, ["竣工环境保护验收报告", "验收意见", "环评批复文件"], ["STHJ-01-01"], gatesGroundbreaking: false, includedByDefault: true),

            S("ZJJ-01-01", "特殊建设工程消防设计审查", E, limitWorkingDays: 15, [Application, "消防设计文件", "设计方案审查意见", "特殊消防设计技术资料"], ["ZRJ-03-01"], gatesGroundbreaking: true, includedByDefault: true),
            S("ZJJ-01-02", "其他建设工程消防设计备案", E, limitWorkingDays: 5, ["消防设计备案表", "消防设计文件"], ["ZRJ-03-01"], gatesGroundbreaking: true, includedByDefault: false),
            S("ZJJ-02-01", "施工图设计文件审查合格备案", E, limitWorkingDays: 5, ["施工图审查合格书", "施工图设计文件", "勘察成果文件"], ["ZRJ-03-01"], gatesGroundbreaking: true, includedByDefault: true),
            S("ZJJ-02-02", "防空地下室施工图设计审查", E, limitWorkingDays: 10, [Application, "人防工程施工图", "人防工程设计审查意见"], ["ZRJ-03-01"], gatesGroundbreaking: true, includedByDefault: true),
            S("ZJJ-03-01", "施工招标文件备案", C, limitWorkingDays: 3, ["招标文件", "招标公告", "项目备案证明"], ["FGJ-01-01"], gatesGroundbreaking: true, includedByDefault: true),
            S("ZJJ-03-02", "招标投标情况书面报告备案", C, limitWorkingDays: 3, ["招标投标情况书面报告", "评标报告", "中标通知书"], ["ZJJ-03-01"], gatesGroundbreaking: true, includedByDefault: true),
            S("ZJJ-03-03", "建设工程施工合同备案", C, limitWorkingDays: 3, ["施工合同", "中标通知书", "项目负责人证书"], ["ZJJ-03-02"], gatesGroundbreaking: true, includedByDefault: true),
            S("ZJJ-04-01", "建筑工程施工许可证核发", C, limitWorkingDays: 7, [Application, "建设工程规划许可证", "施工合同", "施工图审查合格书", "资金到位承诺书"], ["ZRJ-03-02", "ZJJ-01-01", "ZJJ-02-01", "ZJJ-02-02", "ZJJ-04-02"], gatesGroundbreaking: true, includedByDefault: true),
            S("ZJJ-04-02", "工程质量安全监督手续办理", C, limitWorkingDays: 3, ["质量安全监督申报表", "施工合同", "监理合同", "安全生产文明施工措施"], ["ZJJ-03-03", "ZJJ-02-01"], gatesGroundbreaking: true, includedByDefault: true),
            S("ZJJ-05-01", "特殊建设工程消防验收", A, limitWorkingDays: 15, [Application, "工程竣工验收报告", "消防设施检测报告", "消防设计审查意见书"], ["ZJJ-04-01", "ZJJ-01-01"], gatesGroundbreaking: false, includedByDefault: true),
            S("ZJJ-05-02", "其他建设工程消防验收备案", A, limitWorkingDays: 5, ["消防验收备案表", "工程竣工验收报告"], ["ZJJ-04-01"], gatesGroundbreaking: false, includedByDefault: false),
            S("ZJJ-05-03", "房屋建筑工程竣工验收备案", A, limitWorkingDays: 5, ["竣工验收备案表", "工程竣工验收报告", "规划条件核实意见", "消防验收意见"], ["ZJJ-05-01", "ZRJ-03-03"], gatesGroundbreaking: false, includedByDefault: true),
            S("ZJJ-05-04", "城建档案预验收", A, limitWorkingDays: 5, ["建设工程档案预验收申请表", "工程档案目录"], ["ZJJ-04-01"], gatesGroundbreaking: false, includedByDefault: true),

            S("YJGL-01-01", "危险化学品建设项目安全条件审查", P, limitWorkingDays: 10, [Application, "安全评价报告", "项目备案证明", "选址意见书"], ["FGJ-01-01", "ZRJ-01-01"], gatesGroundbreaking: true, includedByDefault: false),
            S("YJGL-02-01", "危险化学品建设项目安全设施设计审查", E, limitWorkingDays: 10, [Application, "安全设施设计专篇", "安全条件审查意见书"], ["YJGL-01-01"], gatesGroundbreaking: true, includedByDefault: false),
            S("YJGL-02-02", "金属冶炼建设项目安全设施设计审查", E, limitWorkingDays: 10, [Application, "安全设施设计专篇", "项目备案证明"], ["FGJ-01-01"], gatesGroundbreaking: true, includedByDefault: false),
        ];
        return new CatalogueDocument(departments, items, subItems);
    }
}
