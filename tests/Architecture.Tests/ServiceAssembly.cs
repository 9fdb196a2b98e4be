namespace Architecture.Tests;

/// <summary>A business service as the layout sees it: its compiled assembly, its root namespace and its source folder.</summary>
public sealed record ServiceAssembly(string Name, string AssemblyName, string RootNamespace, string SourceFolder)
{
    public static readonly IReadOnlyList<ServiceAssembly> All =
    [
        new("approval", "Qingmeng.Approval.Api", "Qingmeng.Approval", "services/approval"),
        new("finance", "Qingmeng.Finance.Api", "Qingmeng.Finance", "services/finance"),
        new("governance", "Qingmeng.Governance.Api", "Qingmeng.Governance", "services/governance"),
        new("identity", "Qingmeng.Identity.Api", "Qingmeng.Identity", "services/identity"),
        new("policy-match", "Qingmeng.PolicyMatch.Api", "Qingmeng.PolicyMatch", "services/policy-match"),
        new("talent", "Qingmeng.Talent.Api", "Qingmeng.Talent", "services/talent"),
    ];

    public static TheoryData<string> Names => new(All.Select(s => s.Name));

    public static ServiceAssembly Named(string name) => All.Single(s => s.Name == name);

    public string AssemblyPath => Path.Combine(AppContext.BaseDirectory, AssemblyName + ".dll");

    public string SourcePath => Path.Combine(RepositoryRoot.Path, SourceFolder);
}

internal static class RepositoryRoot
{
    public static readonly string Path = Find();

    private static string Find()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(directory.FullName, "Qingmeng.slnx")))
            {
                return directory.FullName;
            }
        }
        throw new InvalidOperationException("The repository root (Qingmeng.slnx) is not above the test's output folder.");
    }
}
