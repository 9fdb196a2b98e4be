namespace Qingmeng.PolicyMatch.Model.Consultant;

/// <summary>
/// What people ask that the zone does not handle (个税, 公积金, 驾照, a private car's purchase subsidy, another city's
/// policy …), grouped by who does, with example questions as a hotline knowledge base keeps them. Each group is searched
/// like a policy but never cited: when it is the closest match, the consultant says who handles the question instead of
/// stretching a zone policy over it.
/// </summary>
public static class OutOfScopeCatalogue
{
    public const string CodePrefix = "ELSEWHERE-";

    /// <summary>The category a group is indexed under (never shown as a policy).</summary>
    public const string Category = "非本区事项";

    private static readonly Lazy<IReadOnlyList<OutOfScopeTopic>> Loaded = new(Load);

    public static IReadOnlyList<OutOfScopeTopic> All => Loaded.Value;

    public static bool IsOutOfScope(string code) => code.StartsWith(CodePrefix, StringComparison.Ordinal);

    /// <summary>Every group as a document the consultant indexes: a neutral one-line passage and its example questions.</summary>
    public static IReadOnlyList<PolicyDocument> Documents() => [.. All.Select(topic =>
        new PolicyDocument(topic.Code, 1, Category, Category, topic.HandledBy, Category, "此类问题不在清濛开发区的政策和平台办事范围内。", [], [],
            GuideCatalogue.InForceFrom, null)
        {
            SimilarQuestions = topic.Questions,
        })];

    private static IReadOnlyList<OutOfScopeTopic> Load()
    {
        return ConsultantResources.ReadList<OutOfScopeTopic>("out-of-scope.zh.json", "out-of-scope topics");
    }
}

/// <summary>Questions the zone does not handle, and who does (税务部门（12366纳税服务热线）).</summary>
public sealed record OutOfScopeTopic(string Code, string HandledBy, IReadOnlyList<string> Questions);
