namespace Qingmeng.PolicyMatch.Model.Consultant;

/// <summary>One policy version in force as the consultant indexes it: its text split into citable passages.</summary>
public sealed record PolicyDocument(
    string PolicyCode,
    int Version,
    string Title,
    string Category,
    string IssuingBody,
    string DocumentNumber,
    string Summary,
    IReadOnlyList<string> Tags,
    IReadOnlyList<PolicyDocumentClause> Clauses,
    DateOnly EffectiveFrom,
    DateOnly? EffectiveTo)
{
    /// <summary>The summary (clause 0) then every numbered clause.</summary>
    public IEnumerable<PolicyPassage> Passages()
    {
        if (!string.IsNullOrWhiteSpace(Summary))
        {
            yield return Passage(0, "政策摘要", Summary);
        }
        foreach (var clause in Clauses)
        {
            yield return Passage(clause.Number, clause.Heading, clause.Text);
        }
    }

    private PolicyPassage Passage(int number, string heading, string text) => new(
        PolicyCode, Version, Title, Category, IssuingBody, DocumentNumber, number, heading, text, Tags, EffectiveFrom, EffectiveTo);
}

/// <summary>A numbered clause (第N条) of a policy text.</summary>
public sealed record PolicyDocumentClause(int Number, string Heading, string Text);

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

public static class ChineseNumerals
{
    private const string Digits = "零一二三四五六七八九";

    /// <summary>1 → 一, 10 → 十, 12 → 十二, 23 → 二十三, 105 → 一百零五.</summary>
    public static string Of(int number)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(number);
        if (number < 10)
        {
            return Digits[number].ToString();
        }
        if (number < 100)
        {
            var tens = number / 10;
            var units = number % 10;
            return (tens == 1 ? "" : Digits[tens].ToString()) + "十" + (units == 0 ? "" : Digits[units].ToString());
        }
        if (number < 1000)
        {
            var rest = number % 100;
            var head = Digits[number / 100] + "百";
            return rest == 0 ? head : head + (rest < 10 ? "零" + Digits[rest] : (rest < 20 ? "一" : "") + Of(rest));
        }
        return number.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}
