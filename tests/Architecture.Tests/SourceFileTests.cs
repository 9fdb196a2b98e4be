using System.Text.RegularExpressions;

namespace Architecture.Tests;

/// <summary>
/// Files are where a newcomer looks first: each holds at most three top-level types, and its namespace is its folder,
/// so "where is X?" is answered by folder names (migrations, written by the EF tools, aside).
/// </summary>
public sealed partial class SourceFileTests
{
    private const int MaxTopLevelTypes = 3;

    public static TheoryData<string> Services => ServiceAssembly.Names;

    [Theory]
    [MemberData(nameof(Services))]
    public void No_source_file_declares_more_than_three_top_level_types(string service)
    {
        var crowded = SourceFiles(ServiceAssembly.Named(service))
            .Select(file => (file.Relative, Types: TopLevelType().Matches(File.ReadAllText(file.Full)).Count))
            .Where(file => file.Types > MaxTopLevelTypes)
            .Select(file => $"{file.Relative}: {file.Types}")
            .ToList();

        Assert.True(crowded.Count == 0, $"{service}: files with more than {MaxTopLevelTypes} top-level types:\n  " + string.Join("\n  ", crowded));
    }

    [Theory]
    [MemberData(nameof(Services))]
    public void Every_namespace_is_its_folder(string service)
    {
        var layout = ServiceAssembly.Named(service);
        var misplaced = new List<string>();
        foreach (var file in SourceFiles(layout))
        {
            var folder = Path.GetDirectoryName(file.Relative)!;
            var expected = folder.Length == 0 ? layout.RootNamespace : layout.RootNamespace + "." + folder.Replace(Path.DirectorySeparatorChar, '.');
            var declared = FileScopedNamespace().Match(File.ReadAllText(file.Full));
            if (!declared.Success || declared.Groups["name"].Value != expected)
            {
                misplaced.Add($"{file.Relative}: {(declared.Success ? declared.Groups["name"].Value : "no file-scoped namespace")}, expected {expected}");
            }
        }

        Assert.True(misplaced.Count == 0, $"{service}: namespaces that are not their folder:\n  " + string.Join("\n  ", misplaced));
    }

    /// <summary>
    /// The compiled-code check cannot see a constant: the compiler copies its value into the caller. So the source is read
    /// too: a file names no folder it may not use, neither in a <c>using</c> nor as a qualifier (<c>Apis.LabourAccess.…</c>).
    /// </summary>
    [Theory]
    [MemberData(nameof(Services))]
    public void No_source_file_names_a_folder_it_may_not_use(string service)
    {
        var layout = ServiceAssembly.Named(service);
        var root = Regex.Escape(layout.RootNamespace);
        var naming = Layers.All.Where(folder => folder != Layers.Root).ToDictionary(
            folder => folder, folder => new Regex($@"(?<![\w.])(?:{root}\.)?{folder}\.[A-Z]\w*|using\s+{root}\.{folder}\b"));
        var offending = new List<string>();
        foreach (var file in SourceFiles(layout))
        {
            var folder = file.Relative.Split(Path.DirectorySeparatorChar)[0];
            if (!Layers.MayUse.TryGetValue(folder, out var allowed))
            {
                continue;
            }
            var code = CodeOf(file.Full);
            foreach (var other in Layers.All.Where(other => other != folder && other != Layers.Root && !allowed.Contains(other)))
            {
                var named = naming[other].Match(code);
                if (named.Success)
                {
                    offending.Add($"{file.Relative} names {other}/: {named.Value}");
                }
            }
        }

        Assert.True(offending.Count == 0, $"{service}: files that name a folder theirs may not use:\n  " + string.Join("\n  ", offending));
    }

    /// <summary>Handlers bind, call a use case and answer: the load-change-save of a write belongs to <c>Application/</c>.</summary>
    [Theory]
    [MemberData(nameof(Services))]
    public void No_api_file_saves(string service)
    {
        var saving = SourceFiles(ServiceAssembly.Named(service))
            .Where(file => file.Relative.StartsWith(Layers.Apis + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            .Where(file => SaveChanges().IsMatch(CodeOf(file.Full)))
            .Select(file => file.Relative)
            .ToList();

        Assert.True(saving.Count == 0, $"{service}: Apis files that save (move the write into an Application use case):\n  " + string.Join("\n  ", saving));
    }

    [Fact]
    public void The_type_counter_sees_records_enums_and_nested_types_apart()
    {
        const string source = """
            namespace Qingmeng.Example.Model;

            public sealed record Loan(decimal Amount);

            public enum LoanStatus { Open, Repaid }

            internal static partial class LoanRules
            {
                public sealed class Nested;
            }

            file readonly record struct Key(int Value);
            """;

        Assert.Equal(4, TopLevelType().Matches(source).Count);
        Assert.Equal("Qingmeng.Example.Model", FileScopedNamespace().Match(source).Groups["name"].Value);
    }

    private static IEnumerable<(string Full, string Relative)> SourceFiles(ServiceAssembly layout) =>
        Directory.EnumerateFiles(layout.SourcePath, "*.cs", SearchOption.AllDirectories)
            .Select(full => (Full: full, Relative: Path.GetRelativePath(layout.SourcePath, full)))
            .Where(file => !IsUnder(file.Relative, "bin", "obj") && !file.Relative.Split(Path.DirectorySeparatorChar).Contains("Migrations"))
            .Where(file => Path.GetFileName(file.Relative) != "Program.cs")
            .Order();

    /// <summary>A source file without its line comments, so a comment that mentions a folder or a save is not code.</summary>
    private static string CodeOf(string path) => LineComment().Replace(File.ReadAllText(path), "");

    private static bool IsUnder(string relative, params string[] roots) =>
        roots.Any(root => relative.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal));

    // A declaration at column 0 is top-level: services use file-scoped namespaces, so nested types are indented.
    [GeneratedRegex(@"^(?:(?:public|internal|file|sealed|static|abstract|readonly|partial|ref|unsafe)\s+)*(?:class|record(?:\s+(?:struct|class))?|struct|interface|enum|delegate\s+\S+)\s+\w", RegexOptions.Multiline)]
    private static partial Regex TopLevelType();

    [GeneratedRegex(@"\bSaveChanges(?:Async)?\s*\(")]
    private static partial Regex SaveChanges();

    [GeneratedRegex(@"//.*$", RegexOptions.Multiline)]
    private static partial Regex LineComment();

    [GeneratedRegex(@"^namespace\s+(?<name>[\w.]+)\s*;", RegexOptions.Multiline)]
    private static partial Regex FileScopedNamespace();
}
