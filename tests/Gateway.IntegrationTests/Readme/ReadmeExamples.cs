using System.Text;
using System.Text.RegularExpressions;

namespace Gateway.IntegrationTests.Readme;

/// <summary>
/// The runnable examples of the repository's READMEs: fenced blocks whose info string is <c>bash demo</c>.
/// They are written with the helpers of <c>eng/demo.sh</c>, which a reader sources as well.
/// </summary>
public static partial class ReadmeExamples
{
    public const string DemoInfoString = "bash demo";

    /// <summary>The documents with runnable examples: the root README, each service's, and the role-by-role day.</summary>
    public static IReadOnlyList<string> Files { get; } =
    [
        "README.md",
        "services/approval/README.md",
        "services/governance/README.md",
        "services/policy-match/README.md",
        "services/finance/README.md",
        "services/talent/README.md",
        "services/identity/README.md",
        "docs/role-days.md",
    ];

    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    public static IReadOnlyList<CodeBlock> Blocks(string readme)
    {
        var lines = File.ReadAllLines(Path.Combine(RepositoryRoot, readme), Encoding.UTF8);
        var blocks = new List<CodeBlock>();
        for (var i = 0; i < lines.Length; i++)
        {
            var open = Fence().Match(lines[i]);
            if (!open.Success)
            {
                continue;
            }
            var start = i;
            var body = new StringBuilder();
            for (i++; i < lines.Length && lines[i].Trim() != open.Groups["fence"].Value; i++)
            {
                body.AppendLine(lines[i]);
            }
            blocks.Add(new CodeBlock(readme, start + 1, open.Groups["info"].Value.Trim(), body.ToString()));
        }
        return blocks;
    }

    private static string FindRepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Qingmeng.slnx")))
            {
                return directory.FullName;
            }
        }
        throw new InvalidOperationException("The repository root (Qingmeng.slnx) is not above the test's folder.");
    }

    [GeneratedRegex(@"^\s*(?<fence>```+)(?<info>.*)$")]
    private static partial Regex Fence();
}

/// <summary>A fenced code block of a README, with the line its fence opens on.</summary>
public sealed record CodeBlock(string Readme, int Line, string Info, string Text)
{
    public bool IsDemo => Info == ReadmeExamples.DemoInfoString;

    /// <summary>A block that talks to the platform's HTTP API, which must then be runnable.</summary>
    public bool CallsTheApi => Text.Contains("curl ", StringComparison.Ordinal)
        || Regex.IsMatch(Text, @"^\s*(GET|POST|PUT|PATCH|DELETE) /", RegexOptions.Multiline)
        || Regex.IsMatch(Text, @"(^|\s)call \d{3} ", RegexOptions.Multiline);
}
