namespace Qingmeng.Talent.Model;

/// <summary>The five measures of the zone's 困难群体关爱帮扶 scheme.</summary>
public enum AssistanceType
{
    /// <summary>生活救助.</summary>
    Living,
    /// <summary>临时救助.</summary>
    Temporary,
    /// <summary>医疗救助.</summary>
    Medical,
    /// <summary>教育救助.</summary>
    Education,
    /// <summary>就业帮扶.</summary>
    Employment,
}

/// <summary>What each measure allows a household in a calendar year and which materials an application must carry.</summary>
public sealed record AssistanceRule(AssistanceType Type, string Label, decimal AnnualCapPerHousehold, IReadOnlyList<string> RequiredMaterials);

public static class AssistanceRules
{
    public static readonly IReadOnlyList<AssistanceRule> All =
    [
        new(AssistanceType.Living, "生活救助", AnnualCapPerHousehold: 12_000m, RequiredMaterials: ["户口簿", "家庭收入及财产状况申报表"]),
        new(AssistanceType.Temporary, "临时救助", AnnualCapPerHousehold: 6_000m, RequiredMaterials: ["临时救助申请书", "困难情况说明"]),
        new(AssistanceType.Medical, "医疗救助", AnnualCapPerHousehold: 50_000m, RequiredMaterials: ["医疗费用票据", "诊断证明", "医保结算单"]),
        new(AssistanceType.Education, "教育救助", AnnualCapPerHousehold: 8_000m, RequiredMaterials: ["学籍证明", "学费票据"]),
        new(AssistanceType.Employment, "就业帮扶", AnnualCapPerHousehold: 3_000m, RequiredMaterials: ["失业登记证明", "求职或培训计划"]),
    ];

    public static AssistanceRule For(AssistanceType type) => All.First(r => r.Type == type);

    /// <summary>The required materials an application lacks, in the rule's order (一次性告知: all of them at once).</summary>
    public static IReadOnlyList<string> MissingMaterials(AssistanceType type, IEnumerable<string> provided)
    {
        var given = provided.Select(m => m.Trim()).ToHashSet(StringComparer.Ordinal);
        return For(type).RequiredMaterials.Where(m => !given.Contains(m)).ToList();
    }
}
