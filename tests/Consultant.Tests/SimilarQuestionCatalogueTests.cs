using Qingmeng.PolicyMatch.Infrastructure.ReferenceData;

namespace Qingmeng.PolicyMatch.Consultant.Tests;

/// <summary>
/// The similar questions (相似问) are data the consultant searches: every policy and guide has them, they are the
/// item's own, and none is an evaluation question or a near copy of one (they were written from the item texts alone,
/// and this keeps it so: a leaked test question would inflate every figure).
/// </summary>
public sealed class SimilarQuestionCatalogueTests
{
    private const int MinimumPerItem = 10;

    /// <summary>Share of shared character pairs above which two questions are one question reworded.</summary>
    private const double NearCopy = 0.6;

    [Fact]
    public void Every_policy_and_guide_has_its_own_similar_questions()
    {
        var codes = PolicyCatalogue.All.Select(e => e.Code).Concat(GuideCatalogue.All.Select(g => g.Id)).ToHashSet(StringComparer.Ordinal);

        Assert.Equal(codes.Order(StringComparer.Ordinal), SimilarQuestionCatalogue.All.Keys.Order(StringComparer.Ordinal));
        Assert.All(SimilarQuestionCatalogue.All, item =>
        {
            Assert.True(item.Value.Count >= MinimumPerItem, $"{item.Key} has {item.Value.Count} similar questions");
            Assert.All(item.Value, q => Assert.InRange(q.Length, 4, 80));
            Assert.Equal(item.Value.Count, item.Value.Distinct(StringComparer.Ordinal).Count());
        });
    }

    [Fact]
    public void No_similar_question_is_an_evaluation_question_or_a_near_copy_of_one()
    {
        var evaluation = EvaluationSet.Part("tuning").Concat(EvaluationSet.Part("sealed")).Concat(EvaluationSet.FirstSet())
            .Select(q => Pairs(q.Question)).ToList();

        var copies = SimilarQuestionCatalogue.All.SelectMany(item => item.Value)
            .Where(similar => Pairs(similar) is var pairs && evaluation.Any(e => Overlap(pairs, e) >= NearCopy))
            .ToList();

        Assert.Empty(copies);
    }

    private static HashSet<string> Pairs(string text)
    {
        var han = new string([.. text.Where(ChineseTokenizer.IsHan)]);
        return [.. Enumerable.Range(0, Math.Max(0, han.Length - 1)).Select(i => han.Substring(i, 2))];
    }

    /// <summary>Jaccard overlap of the two questions' character pairs.</summary>
    private static double Overlap(HashSet<string> a, HashSet<string> b) =>
        a.Count + b.Count == 0 ? 0 : (double)a.Intersect(b).Count() / a.Union(b).Count();
}
