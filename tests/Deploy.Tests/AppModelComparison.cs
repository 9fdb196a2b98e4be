using System.Text.Json;

namespace Deploy.Tests;

/// <summary>
/// Compares rendered manifests with aspire-manifest.json, read directly (not through the generator):
/// the same services, and for each the same connection names, each taken from the connection-strings Secret.
/// </summary>
public static class AppModelComparison
{
    private const string Prefix = "ConnectionStrings__";

    public static IReadOnlyList<string> Differences(JsonElement aspireManifest, IReadOnlyList<JsonElement> objects)
    {
        var expected = aspireManifest.GetProperty("resources").EnumerateObject()
            .Where(r => r.Value.GetProperty("type").GetString() == "project.v0")
            .ToDictionary(
                r => r.Name,
                r => r.Value.TryGetProperty("env", out var env)
                    ? env.EnumerateObject().Select(e => e.Name).Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)).Select(n => n[Prefix.Length..]).ToHashSet()
                    : []);
        var actual = objects.PlatformDeployments().ToDictionary(
            d => d.Name(),
            d => d.GetProperty("spec").GetProperty("template").GetProperty("spec").Items("containers")
                .SelectMany(c => c.Items("env"))
                .Where(e => e.GetProperty("name").GetString()!.StartsWith(Prefix, StringComparison.Ordinal))
                .ToList());

        var differences = new List<string>();
        differences.AddRange(expected.Keys.Except(actual.Keys).Select(s => $"{s}: in the app model, not deployed"));
        differences.AddRange(actual.Keys.Except(expected.Keys).Select(s => $"{s}: deployed, not in the app model"));
        foreach (var service in expected.Keys.Intersect(actual.Keys))
        {
            var deployed = actual[service].Select(e => e.GetProperty("name").GetString()![Prefix.Length..]).ToHashSet();
            differences.AddRange(expected[service].Except(deployed).Select(c => $"{service}: connection {c} in the app model, not deployed"));
            differences.AddRange(deployed.Except(expected[service]).Select(c => $"{service}: connection {c} deployed, not in the app model"));
            foreach (var variable in actual[service])
            {
                var name = variable.GetProperty("name").GetString()![Prefix.Length..];
                if (variable.At("valueFrom", "secretKeyRef", "key") != name)
                {
                    differences.Add($"{service}: connection {name} is not read from its Secret key {name}");
                }
            }
        }
        return differences;
    }
}
