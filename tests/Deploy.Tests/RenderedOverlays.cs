using System.Text.Json;

namespace Deploy.Tests;

/// <summary>Both overlays, rendered with kustomize and validated once for all the tests of a class.</summary>
public sealed class RenderedOverlays : IAsyncLifetime
{
    public static readonly TheoryData<string> Names = new() { "dev", "prod" };

    private readonly Dictionary<string, Validation> _overlays = [];

    public Validation this[string overlay] => _overlays[overlay];

    public async Task InitializeAsync()
    {
        foreach (var overlay in Names)
        {
            _overlays[overlay] = await DeployTools.ValidateAsync(await DeployTools.RenderAsync(overlay));
        }
    }

    public Task DisposeAsync() => Task.CompletedTask;
}

public static class KubernetesObjects
{
    public static string Kind(this JsonElement o) => o.GetProperty("kind").GetString()!;

    public static string Name(this JsonElement o) => o.GetProperty("metadata").GetProperty("name").GetString()!;

    public static string? Label(this JsonElement o, string label) =>
        o.GetProperty("metadata").TryGetProperty("labels", out var labels) && labels.TryGetProperty(label, out var value) ? value.GetString() : null;

    public static IEnumerable<JsonElement> OfKind(this IEnumerable<JsonElement> objects, string kind) => objects.Where(o => o.Kind() == kind);

    /// <summary>The gateway's and the services' Deployments (the platform's own code).</summary>
    public static IEnumerable<JsonElement> PlatformDeployments(this IEnumerable<JsonElement> objects) =>
        objects.OfKind("Deployment").Where(d => d.Label("app.kubernetes.io/component") is "api" or "gateway");

    /// <summary>Every pod template: Deployments and StatefulSets.</summary>
    public static IEnumerable<(JsonElement Owner, JsonElement PodSpec)> PodSpecs(this IEnumerable<JsonElement> objects) =>
        objects.Where(o => o.Kind() is "Deployment" or "StatefulSet")
            .Select(o => (o, o.GetProperty("spec").GetProperty("template").GetProperty("spec")));

    public static IEnumerable<(JsonElement Owner, JsonElement Container)> Containers(this IEnumerable<JsonElement> objects) =>
        objects.PodSpecs().SelectMany(p => Items(p.PodSpec, "containers").Concat(Items(p.PodSpec, "initContainers")).Select(c => (p.Owner, c)));

    public static IEnumerable<JsonElement> Items(this JsonElement element, string property) =>
        element.TryGetProperty(property, out var array) ? array.EnumerateArray() : [];

    public static string? At(this JsonElement element, params string[] path)
    {
        foreach (var step in path)
        {
            if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(step, out element))
            {
                return null;
            }
        }
        return element.ValueKind == JsonValueKind.String ? element.GetString() : element.GetRawText();
    }
}
