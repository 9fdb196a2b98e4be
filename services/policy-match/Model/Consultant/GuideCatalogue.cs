using System.Text;

namespace Qingmeng.PolicyMatch.Model.Consultant;

/// <summary>
/// The platform's own services as guides (办事指南), indexed and cited like policies: each paragraph of a guide is a
/// passage, and its last passage lists the API or portal steps, so an answer that relies on a guide can name them.
/// Guides are part of the service, not of the policy catalogue: they are never published or retired.
/// </summary>
public static class GuideCatalogue
{
    public const string CodePrefix = "GUIDE-";

    /// <summary>The category and issuer a guide is cited under.</summary>
    public const string Category = "办事指南";

    public const string StepsHeading = "办理步骤";

    /// <summary>Guides are in force from this day (the platform's services, not a dated policy text).</summary>
    public static readonly DateOnly InForceFrom = new(2025, 1, 1);

    private static readonly Lazy<IReadOnlyList<Guide>> Loaded = new(Load);

    public static IReadOnlyList<Guide> All => Loaded.Value;

    public static bool IsGuide(string code) => code.StartsWith(CodePrefix, StringComparison.Ordinal);

    /// <summary>Every guide as a document the consultant indexes.</summary>
    public static IReadOnlyList<PolicyDocument> Documents() => [.. All.Select(ToDocument)];

    public static PolicyDocument ToDocument(Guide guide)
    {
        var clauses = guide.Text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select((paragraph, i) => new PolicyDocumentClause(i + 1, guide.Title, paragraph))
            .ToList();
        clauses.Add(new PolicyDocumentClause(clauses.Count + 1, StepsHeading, Steps(guide)));
        return new PolicyDocument(guide.Id, 1, guide.Title, Category, "清濛开发区数字政务平台", Category, "", guide.Topics, clauses,
            InForceFrom, null)
        {
            SimilarQuestions = SimilarQuestionCatalogue.For(guide.Id),
        };
    }

    /// <summary>One sentence naming each step: 办理步骤：POST /api/… 提交诉求；GET /api/… 查看状态。</summary>
    public static string Steps(Guide guide)
    {
        var text = new StringBuilder(StepsHeading).Append('：');
        for (var i = 0; i < guide.Steps.Count; i++)
        {
            var step = guide.Steps[i];
            text.Append(i == 0 ? "" : "；").Append(step.Method).Append(' ').Append(step.Path);
            if (!string.IsNullOrWhiteSpace(step.What))
            {
                // The sentence ends only once: a step's own full stop would split it for the extractive answer.
                text.Append('（').Append(step.What.TrimEnd('。')).Append('）');
            }
        }
        return text.Append('。').ToString();
    }

    private static IReadOnlyList<Guide> Load()
    {
        return ConsultantResources.ReadList<Guide>("guides.zh.json", "guides");
    }
}

/// <summary>A guide to one of the platform's services: what it does, its time limits, and the steps to use it.</summary>
public sealed record Guide(string Id, string Title, IReadOnlyList<string> Topics, string Text, IReadOnlyList<GuideStep> Steps, string Source);

/// <summary>An API call or portal step of a guide.</summary>
public sealed record GuideStep(string Method, string Path, string? What);
