using System.Collections.Frozen;

namespace Qingmeng.PolicyMatch.Model.Consultant;

/// <summary>A question as searched: normalised, corrected, split into concepts with their expansions.</summary>
public sealed record AnalyzedQuestion(
    string Normalized,
    string Corrected,
    IReadOnlyList<HomophoneCorrection> Corrections,
    IReadOnlyList<QueryConcept> Concepts,
    IReadOnlyList<string> Bigrams,
    string? ElsewherePlace = null)
{
    public bool HasTopic => Concepts.Any(c => c.Informative);
}

/// <summary>A question word, its weight (generic words count little) and the terms it is looked up as.</summary>
public sealed record QueryConcept(string Word, double Weight, bool Informative, IReadOnlyList<(string Term, double Weight)> Expansions);

/// <summary>A homophone typo the consultant corrected, e.g. 补帖 → 补贴.</summary>
public sealed record HomophoneCorrection(string From, string To);
