namespace Qingmeng.Governance.Model;

public enum LenientTreatment
{
    /// <summary>不予处罚 (首违不罚 and the like).</summary>
    NoPenalty,

    /// <summary>减轻处罚.</summary>
    ReducedPenalty,
}

public enum HarmLevel
{
    None,
    Minor,
    Serious,
}

public static class LenientEnforcement
{
    public static readonly LenientRule[] Rules =
    [
        new("SCJ-NP-01", "SCJ", "未按规定期限公示企业年度报告", LenientTreatment.NoPenalty, true, HarmLevel.Minor, true, false, "行政处罚法第三十三条第一款；市场监管轻微违法行为不予处罚清单"),
        new("SCJ-NP-02", "SCJ", "发布的广告内容轻微违法（未造成误导）", LenientTreatment.NoPenalty, true, HarmLevel.Minor, true, false, "广告法；市场监管轻微违法行为不予处罚清单"),
        new("SWJ-NP-01", "SWJ", "未按规定期限办理纳税申报和报送纳税资料", LenientTreatment.NoPenalty, true, HarmLevel.Minor, true, false, "税务行政处罚“首违不罚”事项清单"),
        new("HBJ-NP-01", "HBJ", "未按规定设置排污口标志", LenientTreatment.NoPenalty, true, HarmLevel.Minor, true, false, "生态环境轻微违法行为免罚清单"),
        new("CGJ-NP-01", "CGJ", "临时占用道路堆放物料，责令后即时清理", LenientTreatment.NoPenalty, true, HarmLevel.Minor, true, false, "城市管理轻微违法行为免罚清单"),
        new("AJJ-RP-01", "AJJ", "未如实记录安全生产教育和培训情况", LenientTreatment.ReducedPenalty, true, HarmLevel.Minor, true, false, "安全生产法第九十七条；减轻处罚清单（安全生产不适用不予处罚）"),
        new("XFJ-RP-01", "XFJ", "消防设施、器材未保持完好有效（已当场整改）", LenientTreatment.ReducedPenalty, false, HarmLevel.Minor, true, false, "消防法第六十条；减轻处罚清单"),
        new("RSJ-RP-01", "RSJ", "未按规定建立职工名册", LenientTreatment.ReducedPenalty, false, HarmLevel.Minor, true, true, "劳动合同法实施条例第三十三条；减轻处罚清单"),
    ];

    /// <summary>Whether the offence qualifies for its list's treatment, with every condition explained.</summary>
    public static LenientCheckResult? Check(LenientCheckRequest request)
    {
        var rule = Rules.FirstOrDefault(r => r.Code == request.RuleCode);
        if (rule is null)
        {
            return null;
        }
        var conditions = new List<LenientCondition>
        {
            new("首次违法", rule.RequiresFirstOffence ? "是" : "不要求", request.FirstOffence ? "是" : "否", !rule.RequiresFirstOffence || request.FirstOffence),
            new("危害后果", rule.MaxHarm == HarmLevel.None ? "无" : "轻微及以下", HarmName(request.Harm), request.Harm <= rule.MaxHarm),
            new("及时改正", rule.RequiresTimelyCorrection ? "是" : "不要求", request.CorrectedInTime ? "是" : "否", !rule.RequiresTimelyCorrection || request.CorrectedInTime),
            new("违法所得", rule.AllowsIllegalGain ? "不限" : "无", $"{request.IllegalGainYuan:0.##} 元", rule.AllowsIllegalGain || request.IllegalGainYuan <= 0),
        };
        var qualifies = conditions.TrueForAll(c => c.Met);
        return new LenientCheckResult(rule.Code, rule.Offence, qualifies ? rule.Treatment : null, qualifies, conditions);
    }

    private static string HarmName(HarmLevel harm) => harm switch
    {
        HarmLevel.None => "无",
        HarmLevel.Minor => "轻微",
        _ => "严重",
    };
}
