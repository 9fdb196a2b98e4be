using System.Text.Json;

namespace Qingmeng.PolicyMatch.Model.Consultant;

/// <summary>The consultant's data embedded in the assembly (guides, similar questions, out-of-scope topics, pinyin).</summary>
internal static class ConsultantResources
{
    private const string Prefix = "Qingmeng.PolicyMatch.Consultant.";

    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true };

    /// <summary>An embedded resource by its file name (pinyin.txt); <paramref name="what"/> names it when it is missing.</summary>
    public static Stream Open(string fileName, string what) =>
        typeof(ConsultantResources).Assembly.GetManifestResourceStream(Prefix + fileName)
        ?? throw new InvalidOperationException($"The consultant's {what} are not embedded in the assembly ({fileName}).");

    /// <summary>An embedded JSON list (guides.zh.json …).</summary>
    public static List<T> ReadList<T>(string fileName, string what)
    {
        using var stream = Open(fileName, what);
        return JsonSerializer.Deserialize<List<T>>(stream, Json) ?? [];
    }
}
