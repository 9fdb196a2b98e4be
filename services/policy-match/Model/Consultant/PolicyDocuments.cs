using Qingmeng.PolicyMatch.Model.Policies;

namespace Qingmeng.PolicyMatch.Model.Consultant;

/// <summary>How a policy version becomes a document the consultant indexes.</summary>
public static class PolicyDocuments
{
    public static PolicyDocument From(string policyCode, PolicyCategory category, int version, PolicyTerms terms) => new(
        policyCode,
        version,
        terms.Title,
        category.ChineseName(),
        terms.IssuingBody,
        terms.DocumentNumber,
        terms.Summary,
        terms.Tags,
        [.. terms.Clauses.Select(c => new PolicyDocumentClause(c.Number, c.Heading, c.Text))],
        terms.EffectiveFrom,
        terms.EffectiveTo)
    {
        SimilarQuestions = SimilarQuestionCatalogue.For(policyCode),
    };

    public static PolicyDocument From(Policy policy, PolicyVersion version) =>
        From(policy.Code, policy.Category, version.Version, version.Terms);
}
