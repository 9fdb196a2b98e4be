namespace Qingmeng.Talent.Model;

/// <summary>困难类型: why a household is in the register.</summary>
public enum DifficultyType
{
    /// <summary>低保 (minimum living allowance).</summary>
    Dibao,
    /// <summary>特困 (destitute: no ability to work, no income, no supporter).</summary>
    Tekun,
    /// <summary>低保边缘 (just above the allowance line).</summary>
    DibaoEdge,
    /// <summary>因病致困.</summary>
    Illness,
    /// <summary>失业困难.</summary>
    Unemployment,
    /// <summary>单亲困难.</summary>
    SingleParent,
    /// <summary>残疾困难.</summary>
    Disability,
    /// <summary>因灾致困 / 突发事件.</summary>
    Disaster,
}

public static class DifficultyTypes
{
    public static string Label(DifficultyType type) => type switch
    {
        DifficultyType.Dibao => "低保",
        DifficultyType.Tekun => "特困",
        DifficultyType.DibaoEdge => "低保边缘",
        DifficultyType.Illness => "因病致困",
        DifficultyType.Unemployment => "失业困难",
        DifficultyType.SingleParent => "单亲困难",
        DifficultyType.Disability => "残疾困难",
        DifficultyType.Disaster => "因灾致困",
        _ => type.ToString(),
    };
}
