using System.Text.Json.Nodes;

namespace Qingmeng.Deploy.Generator;

/// <summary>The parts of the Aspire publish manifest (<c>aspire-manifest.json</c>) that deployment derives from.</summary>
public sealed record AspireModel(
    IReadOnlyList<AspireProject> Projects,
    IReadOnlyList<AspireContainer> Containers,
    IReadOnlyList<AspireDatabase> Databases,
    IReadOnlyDictionary<string, bool> Parameters,
    IReadOnlyDictionary<string, string> ParameterDefaults)
{
    public static AspireModel Parse(string json)
    {
        var resources = JsonNode.Parse(json)?["resources"]?.AsObject()
            ?? throw new InvalidDataException("The Aspire manifest has no resources.");
        var projects = new List<AspireProject>();
        var containers = new List<AspireContainer>();
        var databases = new List<AspireDatabase>();
        var parameters = new Dictionary<string, bool>(StringComparer.Ordinal);
        var parameterDefaults = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, node) in resources)
        {
            var resource = node!.AsObject();
            switch ((string?)resource["type"])
            {
                case "project.v0":
                    projects.Add(new AspireProject(
                        name,
                        (string)resource["path"]!,
                        Env(resource),
                        Bindings(resource)));
                    break;
                case "container.v0":
                    containers.Add(new AspireContainer(
                        name,
                        (string)resource["image"]!,
                        (string?)resource["entrypoint"],
                        resource["args"]?.AsArray().Select(a => (string)a!).ToList() ?? [],
                        Env(resource),
                        Bindings(resource)));
                    break;
                case "value.v0" when ((string?)resource["connectionString"])?.Split(";Database=") is [var server, var database]:
                    databases.Add(new AspireDatabase(name, server.Trim('{', '}').Replace(".connectionString", "", StringComparison.Ordinal), database));
                    break;
                case "parameter.v0":
                    parameters[name] = (bool?)resource["inputs"]?["value"]?["secret"] ?? false;
                    if ((string?)resource["inputs"]?["value"]?["default"]?["value"] is { } defaultValue)
                    {
                        parameterDefaults[name] = defaultValue;
                    }
                    break;
            }
        }
        return new AspireModel(projects, containers, databases, parameters, parameterDefaults);
    }

    private static List<KeyValuePair<string, string>> Env(JsonObject resource) =>
        resource["env"]?.AsObject().Select(e => KeyValuePair.Create(e.Key, (string)e.Value!)).ToList() ?? [];

    private static List<AspireBinding> Bindings(JsonObject resource) =>
        resource["bindings"]?.AsObject()
            .Select(b => new AspireBinding(
                b.Key,
                (string)b.Value!["scheme"]!,
                (int?)b.Value["targetPort"],
                (bool?)b.Value["external"] ?? false))
            .ToList() ?? [];
}

/// <summary>A .NET project: becomes a Deployment, a Service, an autoscaler and a disruption budget.</summary>
public sealed record AspireProject(
    string Name,
    string Path,
    IReadOnlyList<KeyValuePair<string, string>> Env,
    IReadOnlyList<AspireBinding> Bindings)
{
    /// <summary>The connection names the project reads as <c>ConnectionStrings__{name}</c>.</summary>
    public IEnumerable<string> ConnectionNames =>
        Env.Where(e => e.Key.StartsWith(ManifestGenerator.ConnectionStringPrefix, StringComparison.Ordinal))
            .Select(e => e.Key[ManifestGenerator.ConnectionStringPrefix.Length..]);

    public bool IsExternal => Bindings.Any(b => b.External);
}

/// <summary>A backing server (PostgreSQL, RabbitMQ, Redis): a StatefulSet in dev, a managed endpoint in prod.</summary>
public sealed record AspireContainer(
    string Name,
    string Image,
    string? Entrypoint,
    IReadOnlyList<string> Args,
    IReadOnlyList<KeyValuePair<string, string>> Env,
    IReadOnlyList<AspireBinding> Bindings);

public sealed record AspireDatabase(string Name, string Server, string DatabaseName);

public sealed record AspireBinding(string Name, string Scheme, int? TargetPort, bool External);
