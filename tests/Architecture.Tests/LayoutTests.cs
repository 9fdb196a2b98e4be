using Mono.Cecil;

namespace Architecture.Tests;

/// <summary>
/// Every service is laid out the same way (see the root README's Layout section): its folders are its namespaces, and
/// folder dependencies point one way only, Apis → Application → Model and Infrastructure → Model, never back.
/// </summary>
public sealed class LayoutTests
{
    public static TheoryData<string> Services => ServiceAssembly.Names;

    [Theory]
    [MemberData(nameof(Services))]
    public void Every_type_lives_in_a_layout_folder(string service)
    {
        var layout = ServiceAssembly.Named(service);
        using var module = Read(layout);

        var strays = TypeDependencies.TopLevelTypes(module)
            .Where(t => !IsEntryPoint(t))
            .Where(t => Layers.Of(t.Namespace, layout.RootNamespace) is not { } folder
                || !Layers.All.Contains(folder)
                || (folder == Layers.Root && t.Name != "Program"))
            .Select(t => t.FullName)
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.True(strays.Count == 0,
            $"{service}: types outside the layout folders ({string.Join(", ", Layers.All.Where(f => f != Layers.Root))}):\n  " + string.Join("\n  ", strays));
    }

    [Theory]
    [MemberData(nameof(Services))]
    public void Folder_dependencies_point_inward_only(string service)
    {
        var layout = ServiceAssembly.Named(service);
        using var module = Read(layout);

        var violations = FolderUses(layout, module)
            .Where(use => Layers.MayUse.TryGetValue(use.From, out var allowed) && use.From != use.To && !allowed.Contains(use.To))
            .Select(use => $"{Show(use.From)} → {Show(use.To)}: {use.User} uses {use.Used}")
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.True(violations.Count == 0, $"{service}: {violations.Count} uses against the layout:\n  " + string.Join("\n  ", violations));
    }

    [Theory]
    [MemberData(nameof(Services))]
    public void Folders_form_no_cycle(string service)
    {
        var layout = ServiceAssembly.Named(service);
        using var module = Read(layout);

        var edges = FolderUses(layout, module)
            .Where(use => use.From != use.To && !Layers.CompositionRoots.Contains(use.From))
            .Select(use => (use.From, use.To))
            .Distinct()
            .ToList();

        var cycle = FolderGraph.FindCycle(edges);
        Assert.True(cycle is null, $"{service}: the folders form a cycle: {string.Join(" → ", cycle ?? [])}");
    }

    [Theory]
    [MemberData(nameof(Services))]
    public void Inner_folders_use_no_http_types(string service)
    {
        var layout = ServiceAssembly.Named(service);
        using var module = Read(layout);

        var violations = TypeDependencies.TopLevelTypes(module)
            .Where(t => Layers.Of(t.Namespace, layout.RootNamespace) is { } folder && Layers.HttpFree.Contains(folder))
            .SelectMany(TypeDependencies.Of)
            .Where(use => Layers.HttpNamespaces.Any(http =>
                use.Used.Namespace == http || use.Used.Namespace.StartsWith(http + ".", StringComparison.Ordinal)))
            .Select(use => $"{use.User.FullName} uses {use.Used.FullName}")
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.True(violations.Count == 0,
            $"{service}: HTTP types in {string.Join(", ", Layers.HttpFree)} (return domain outcomes; Apis turn them into responses):\n  "
            + string.Join("\n  ", violations));
    }

    // Top-level statements compile to Program in the global namespace.
    private static bool IsEntryPoint(TypeDefinition type) => type.Namespace.Length == 0 && type.Name == "Program";

    private static ModuleDefinition Read(ServiceAssembly layout) =>
        ModuleDefinition.ReadModule(layout.AssemblyPath, new ReaderParameters { ReadSymbols = false });

    private static string Show(string folder) => folder.Length == 0 ? "(root)" : folder;

    private sealed record FolderUse(string From, string To, string User, string Used);

    private static IEnumerable<FolderUse> FolderUses(ServiceAssembly layout, ModuleDefinition module) =>
        from type in TypeDependencies.TopLevelTypes(module)
        let user = Layers.Of(type.Namespace, layout.RootNamespace)
        where user is not null
        from use in TypeDependencies.Of(type)
        let used = Layers.Of(use.Used.Namespace, layout.RootNamespace)
        where used is not null
        select new FolderUse(user, used, type.FullName, use.Used.FullName);
}
