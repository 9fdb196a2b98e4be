using System.Collections.Frozen;

namespace Qingmeng.PolicyMatch.Model.Consultant;

/// <summary>
/// How people actually ask about each policy and guide (相似问, as a hotline knowledge base keeps them): written from the
/// item's own text in the words of owners, finance staff, workers, citizens and job seekers. They are searched with the
/// item, so a question that describes a situation in everyday words finds the policy whose text says it formally, but
/// they are never cited: an answer quotes the policy's clauses.
/// </summary>
public static class SimilarQuestionCatalogue
{
    /// <summary>The heading of the searched, never cited, entry that holds an item's similar questions.</summary>
    public const string Heading = "常见问法";

    private static readonly Lazy<FrozenDictionary<string, IReadOnlyList<string>>> Loaded = new(Load);

    public static IReadOnlyDictionary<string, IReadOnlyList<string>> All => Loaded.Value;

    /// <summary>The similar questions of a policy or guide; none for an item the catalogue does not know (a new policy).</summary>
    public static IReadOnlyList<string> For(string code) => Loaded.Value.TryGetValue(code, out var questions) ? questions : [];

    private static FrozenDictionary<string, IReadOnlyList<string>> Load()
    {
        return ConsultantResources.ReadList<SimilarQuestions>("similar-questions.zh.json", "similar questions").ToFrozenDictionary(i => i.Code, i => (IReadOnlyList<string>)i.Questions, StringComparer.Ordinal);
    }

    private sealed record SimilarQuestions(string Code, IReadOnlyList<string> Questions);
}
