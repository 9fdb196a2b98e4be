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
    /// <summary>How people ask about it (<see cref="SimilarQuestionCatalogue"/>): searched with it, never cited.</summary>
    public IReadOnlyList<string> SimilarQuestions { get; init; } = [];

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
