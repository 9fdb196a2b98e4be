using System.Text.RegularExpressions;
using Qingmeng.Deploy.Generator;

// Writes deploy/ from aspire-manifest.json; with --check, only reports files that differ and exits 1.
var check = args.Contains("--check");
var root = args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal)) ?? RepositoryFiles.FindRoot(Directory.GetCurrentDirectory());
var generated = RepositoryFiles.Generate(root);
var differences = RepositoryFiles.Differences(root, generated);
if (check)
{
    foreach (var difference in differences)
    {
        Console.Error.WriteLine(difference);
    }
    return differences.Count == 0 ? 0 : 1;
}
foreach (var (path, content) in generated)
{
    var full = Path.Combine(root, path);
    Directory.CreateDirectory(Path.GetDirectoryName(full)!);
    if (!File.Exists(full) || File.ReadAllText(full) != content)
    {
        File.WriteAllText(full, content);
        Console.WriteLine($"wrote {path}");
    }
}
foreach (var stale in RepositoryFiles.StaleFiles(root, generated))
{
    File.Delete(Path.Combine(root, stale));
    Console.WriteLine($"removed {stale}");
}
return 0;

namespace Qingmeng.Deploy.Generator
{
    public static partial class RepositoryFiles
    {
        public const string Marker = "# Generated from aspire-manifest.json by deploy/generator";

        public static string FindRoot(string start)
        {
            for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, "aspire-manifest.json")) && Directory.Exists(Path.Combine(directory.FullName, "deploy")))
                {
                    return directory.FullName;
                }
            }
            throw new DirectoryNotFoundException($"No repository root (aspire-manifest.json beside deploy/) above {start}.");
        }

        public static IReadOnlyDictionary<string, string> Generate(string root)
        {
            var model = AspireModel.Parse(File.ReadAllText(Path.Combine(root, "aspire-manifest.json")));
            return ManifestGenerator.Generate(model, AspireVersion(root));
        }

        /// <summary>The dashboard image follows the Aspire release the AppHost is built with (major.minor).</summary>
        public static string AspireVersion(string root)
        {
            var appHost = File.ReadAllText(Path.Combine(root, "AppHost", "Qingmeng.AppHost.csproj"));
            var match = AppHostSdk().Match(appHost);
            return match.Success
                ? match.Groups["version"].Value
                : throw new InvalidDataException("The AppHost project names no Aspire.AppHost.Sdk version.");
        }

        public static List<string> Differences(string root, IReadOnlyDictionary<string, string> generated)
        {
            var differences = new List<string>();
            foreach (var (path, content) in generated)
            {
                var full = Path.Combine(root, path);
                if (!File.Exists(full))
                {
                    differences.Add($"missing: {path}");
                }
                else if (File.ReadAllText(full).ReplaceLineEndings("\n") != content)
                {
                    differences.Add($"differs: {path}");
                }
            }
            differences.AddRange(StaleFiles(root, generated).Select(p => $"stale: {p}"));
            return differences;
        }

        /// <summary>Generated files on disk that the app model no longer produces.</summary>
        public static IEnumerable<string> StaleFiles(string root, IReadOnlyDictionary<string, string> generated) =>
            Directory.EnumerateFiles(Path.Combine(root, "deploy"), "*.yaml", SearchOption.AllDirectories)
                .Where(f => File.ReadLines(f).FirstOrDefault()?.StartsWith(Marker, StringComparison.Ordinal) == true)
                .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'))
                .Where(p => !generated.ContainsKey(p))
                .Order(StringComparer.Ordinal);

        [GeneratedRegex(@"Aspire\.AppHost\.Sdk/(?<version>\d+\.\d+)\.")]
        private static partial Regex AppHostSdk();
    }
}
