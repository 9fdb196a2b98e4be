namespace Qingmeng.Contracts.ReferenceData;

/// <summary>A tier of the zone's talent certification scheme (人才层次): its code, Chinese name and whether it is high-level.</summary>
public sealed record TalentTierInfo(string Code, string Name, bool IsHighLevel);

/// <summary>
/// The one talent-tier scheme of the platform, owned by the talent service (it certifies talents) and read by every
/// service that counts them: governance's scorecard, policy-match's profiles, finance's 科创贷 offers. A to D are
/// 高层次人才 (the seed's 每万人高层次人才 counts them); E, the zone's shortage and young talents, is not.
/// <see cref="Qingmeng.Contracts.TalentCertified.Tier"/> carries the code (A … E).
/// </summary>
public static class TalentTierCatalogue
{
    public static IReadOnlyList<TalentTierInfo> All { get; } =
    [
        new("A", "A类 国家级顶尖人才", IsHighLevel: true),
        new("B", "B类 国家级领军人才", IsHighLevel: true),
        new("C", "C类 省级高层次人才", IsHighLevel: true),
        new("D", "D类 市级高层次人才", IsHighLevel: true),
        new("E", "E类 紧缺急需及青年人才", IsHighLevel: false),
    ];

    /// <summary>The codes of the high-level tiers (A to D).</summary>
    public static IReadOnlyList<string> HighLevelCodes { get; } = [.. All.Where(t => t.IsHighLevel).Select(t => t.Code)];

    private static readonly Dictionary<string, TalentTierInfo> ByCode = All.ToDictionary(t => t.Code, StringComparer.OrdinalIgnoreCase);

    public static bool IsKnown(string code) => Find(code) is not null;

    /// <summary>The tier a code names: the code itself (<c>C</c>) or a label that starts with it (<c>C类人才</c>, <c>C类 省级高层次人才</c>).</summary>
    public static TalentTierInfo? Find(string code)
    {
        var trimmed = code.Trim();
        if (trimmed.Length > 1 && trimmed[1] == '类')
        {
            trimmed = trimmed[..1];
        }
        return ByCode.GetValueOrDefault(trimmed);
    }

    /// <summary>True for a high-level tier (A to D, any case, code or label); false for E and for tiers the scheme does not know.</summary>
    public static bool IsHighLevel(string? code) => code is not null && Find(code) is { IsHighLevel: true };
}
