namespace Architecture.Tests;

/// <summary>
/// The service layout: the folders a service's code lives in and which may use which. Inner folders never use outer ones,
/// so the folder graph has no cycles: Model ← Operations ← Infrastructure ← Application ← Apis, Consumers, Jobs ← Extensions.
/// </summary>
public static class Layers
{
    public const string Apis = "Apis";
    public const string Application = "Application";
    public const string Model = "Model";
    public const string Infrastructure = "Infrastructure";
    public const string Consumers = "Consumers";
    public const string Jobs = "Jobs";
    public const string Operations = "Operations";
    public const string Extensions = "Extensions";

    /// <summary>The root namespace: <c>Program</c> only.</summary>
    public const string Root = "";

    public static readonly IReadOnlyDictionary<string, IReadOnlySet<string>> MayUse = new Dictionary<string, IReadOnlySet<string>>
    {
        [Model] = new HashSet<string>(),
        [Operations] = new HashSet<string> { Model },
        [Infrastructure] = new HashSet<string> { Model, Operations },
        [Application] = new HashSet<string> { Model, Operations, Infrastructure },
        [Apis] = new HashSet<string> { Application, Model, Operations, Infrastructure },
        [Consumers] = new HashSet<string> { Application, Model, Operations, Infrastructure },
        [Jobs] = new HashSet<string> { Application, Model, Operations, Infrastructure },
    };

    /// <summary>The composition root and the entry point may use every folder; nothing uses them.</summary>
    public static readonly IReadOnlySet<string> CompositionRoots = new HashSet<string> { Extensions, Root };

    public static IReadOnlyCollection<string> All => [.. MayUse.Keys, .. CompositionRoots];

    /// <summary>Folders that know nothing of HTTP: they return domain outcomes, the API layer turns them into responses.</summary>
    public static readonly IReadOnlySet<string> HttpFree = new HashSet<string> { Model, Application, Infrastructure, Operations };

    /// <summary>Namespaces of HTTP's request pipeline and results, which an HTTP-free folder must not use.</summary>
    public static readonly IReadOnlyList<string> HttpNamespaces =
    [
        "Microsoft.AspNetCore.Http",
        "Microsoft.AspNetCore.Mvc",
        "Microsoft.AspNetCore.Routing",
        "Microsoft.AspNetCore.Builder",
        "Qingmeng.ServiceDefaults.Problems",
    ];

    /// <summary>The folder of a namespace in a service: the first segment below the root namespace; null outside it.</summary>
    public static string? Of(string @namespace, string rootNamespace)
    {
        if (@namespace == rootNamespace)
        {
            return Root;
        }
        if (!@namespace.StartsWith(rootNamespace + ".", StringComparison.Ordinal))
        {
            return null;
        }
        var rest = @namespace[(rootNamespace.Length + 1)..];
        var dot = rest.IndexOf('.', StringComparison.Ordinal);
        return dot < 0 ? rest : rest[..dot];
    }
}
