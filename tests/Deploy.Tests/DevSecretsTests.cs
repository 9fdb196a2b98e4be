namespace Deploy.Tests;

public sealed class DevSecretsTests(RenderedOverlays overlays) : IClassFixture<RenderedOverlays>
{
    [Fact]
    public async Task The_dev_secrets_script_provides_every_secret_key_the_dev_overlay_references()
    {
        var script = await DeployTools.RunAsync("bash", [Path.Combine(DeployTools.Root, "deploy", "overlays", "dev", "create-secrets.sh"), "--dry-run"],
            environment: new Dictionary<string, string> { ["KUBECTL"] = DeployTools.Kubectl });
        Assert.True(script.ExitCode == 0, script.Error);
        var secrets = await DeployTools.ValidateAsync(script.Output);
        Assert.Empty(secrets.Errors);
        var provided = secrets.Objects.OfKind("Secret")
            .SelectMany(s => s.GetProperty("data").EnumerateObject().Select(d => (s.Name(), d.Name)))
            .ToHashSet();

        var referenced = overlays["dev"].Objects.Containers()
            .SelectMany(c => c.Container.Items("env"))
            .Where(e => e.At("valueFrom", "secretKeyRef") is not null)
            .Select(e => (e.At("valueFrom", "secretKeyRef", "name")!, e.At("valueFrom", "secretKeyRef", "key")!))
            .ToHashSet();

        Assert.NotEmpty(referenced);
        Assert.Empty(referenced.Except(provided));
        Assert.All(secrets.Objects.OfKind("Secret"), s => Assert.Equal("qingmeng-dev", s.At("metadata", "namespace")));
    }
}
