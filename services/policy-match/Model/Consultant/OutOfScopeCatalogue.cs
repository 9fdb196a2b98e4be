using System.Reflection;
using System.Text.Json;

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

    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true };

    private static readonly Lazy<IReadOnlyList<OutOfScopeTopic>> Loaded = new(Load);

    public static IReadOnlyList<OutOfScopeTopic> All => Loaded.Value;

    public static bool IsOutOfScope(string code) => code.StartsWith(CodePrefix, StringComparison.Ordinal);

    /// <summary>Who handles the questions of a group, if the code is one.</summary>
    public static string? HandledBy(string code) => All.FirstOrDefault(t => t.Code == code)?.HandledBy;

    /// <summary>Every group as a document the consultant indexes: a neutral one-line passage and its example questions.</summary>
    public static IReadOnlyList<PolicyDocument> Documents() => [.. All.Select(topic =>
        new PolicyDocument(topic.Code, 1, Category, Category, topic.HandledBy, Category, "此类问题不在清濛开发区的政策和平台办事范围内。", [], [],
            GuideCatalogue.InForceFrom, null)
        {
            SimilarQuestions = topic.Questions,
        })];

    private static IReadOnlyList<OutOfScopeTopic> Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Qingmeng.PolicyMatch.Consultant.out-of-scope.zh.json")
            ?? throw new InvalidOperationException("The consultant's out-of-scope topics are not embedded in the assembly.");
        return JsonSerializer.Deserialize<List<OutOfScopeTopic>>(stream, Json) ?? [];
    }
}

/// <summary>Questions the zone does not handle, and who does (税务部门（12366纳税服务热线）).</summary>
public sealed record OutOfScopeTopic(string Code, string HandledBy, IReadOnlyList<string> Questions);

/// <summary>The documents the service indexes beside the policies in force: its own, never published or retired.</summary>
public static class PlatformDocuments
{
    public static IEnumerable<PolicyDocument> All() => GuideCatalogue.Documents().Concat(OutOfScopeCatalogue.Documents());

    public static bool Owns(string code) => GuideCatalogue.IsGuide(code) || OutOfScopeCatalogue.IsOutOfScope(code);
}
