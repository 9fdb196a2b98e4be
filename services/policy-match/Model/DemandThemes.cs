using Qingmeng.PolicyMatch.Model.Policies;

namespace Qingmeng.PolicyMatch.Model;

/// <summary>
/// The theme a demand signal is about, so that officers see closed cases and consultant questions on the same matter
/// together: one of the eight policy categories, derived for both kinds of signal from the policy catalogue. A question
/// takes the category of the policy that answered it; a closed case that of the policy area its governance module
/// (功能模块) raises needs in. Modules about public order, safety and the government's own work have no theme: no
/// business-support policy addresses them.
/// </summary>
public static class DemandThemes
{
    private static readonly Dictionary<string, PolicyCategory?> ByModule = new(StringComparer.Ordinal)
    {
        ["ECON-RUN"] = PolicyCategory.IndustryDevelopment, // 经济运行: 用电用能、用工用地融资等要素保障
        ["LAND-PLAN"] = PolicyCategory.IndustryDevelopment, // 规划国土: 项目用地
        ["CONSTRUCT"] = PolicyCategory.IndustryDevelopment, // 住建工程: 项目建设
        ["LABOUR"] = PolicyCategory.Employment, // 劳动保障: 劳动争议、欠薪 — 稳岗就业
        ["TAX-CHECK"] = PolicyCategory.EnterpriseService, // 云税e检: 办税、税收优惠
        ["ENT-SERVICE"] = PolicyCategory.EnterpriseService, // 企业服务: 帮代办、政企恳谈诉求
        ["COMP-GOV"] = null,
        ["SAFE-PROD"] = null,
        ["EMERG"] = null,
        ["SMART-ENV"] = null,
        ["URBAN-MGT"] = null,
        ["MARKET-REG"] = null,
        ["PETITION"] = null,
        ["GRID"] = null,
        ["FIRE-SAFETY"] = null,
        ["SOCIAL-AFF"] = null,
        ["EFF-SUP"] = null,
    };

    /// <summary>The theme of a governance module's cases; null for a module no policy addresses, or one not known here.</summary>
    public static PolicyCategory? ForModule(string moduleCode) => ByModule.GetValueOrDefault(moduleCode);
}
