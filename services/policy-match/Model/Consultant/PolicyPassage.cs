namespace Qingmeng.PolicyMatch.Model.Consultant;

/// <summary>The unit of retrieval and citation: one clause of one policy version, with the dates it is in force.</summary>
public sealed record PolicyPassage(
    string PolicyCode,
    int Version,
    string Title,
    string Category,
    string IssuingBody,
    string DocumentNumber,
    int ClauseNumber,
    string ClauseHeading,
    string Text,
    IReadOnlyList<string> Tags,
    DateOnly EffectiveFrom,
    DateOnly? EffectiveTo)
{
    public bool IsInForceOn(DateOnly day) => EffectiveFrom <= day && (EffectiveTo is null || day <= EffectiveTo);

    /// <summary>第三条, or 政策摘要 for the summary.</summary>
    public string ClauseLabel => ClauseNumber == 0 ? "政策摘要" : $"第{ChineseNumerals.Of(ClauseNumber)}条";
}

/// <summary>A passage found for a question, with its score and how much of the question it covers (0–1).</summary>
public sealed record PassageHit(PolicyPassage Passage, double Score, double Coverage);
