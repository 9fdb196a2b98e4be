using System.Text.Json.Nodes;
using Qingmeng.Deploy.Generator;

namespace Deploy.Tests;

public sealed class GeneratorTests
{
    private static string AspireJson => File.ReadAllText(Path.Combine(DeployTools.Root, "aspire-manifest.json"));

    [Fact]
    public void The_checked_in_manifests_are_what_the_generator_derives_from_the_app_model()
    {
        var generated = RepositoryFiles.Generate(DeployTools.Root);

        Assert.Empty(RepositoryFiles.Differences(DeployTools.Root, generated));
        Assert.Contains("deploy/base/governance-api.yaml", generated.Keys);
        Assert.Contains("deploy/overlays/dev/backing-services/postgres.yaml", generated.Keys);
    }

    [Fact]
    public void A_new_service_in_the_app_model_gets_its_own_manifests_with_secret_connection_strings()
    {
        var manifest = JsonNode.Parse(AspireJson)!.AsObject();
        var talent = manifest["resources"]!["talent-api"]!.DeepClone().AsObject();
        talent["path"] = "services/housing/Qingmeng.Housing.Api.csproj";
        var env = talent["env"]!.AsObject();
        env.Remove("ConnectionStrings__talentdb");
        env["ConnectionStrings__housingdb"] = "{housingdb.connectionString}";
        env["HTTP_PORTS"] = "{housing-api.bindings.http.targetPort}";
        manifest["resources"]!["housingdb"] = new JsonObject { ["type"] = "value.v0", ["connectionString"] = "{postgres.connectionString};Database=housingdb" };
        manifest["resources"]!["housing-api"] = talent;

        var files = ManifestGenerator.Generate(AspireModel.Parse(manifest.ToJsonString()), "13.6");

        var housing = files["deploy/base/housing-api.yaml"];
        Assert.Contains("key: housingdb", housing, StringComparison.Ordinal);
        Assert.Contains("name: qingmeng-connection-strings", housing, StringComparison.Ordinal);
        Assert.Contains("- housing-api.yaml", files["deploy/base/kustomization.yaml"], StringComparison.Ordinal);
        Assert.Contains("CREATE DATABASE housingdb;", files["deploy/overlays/dev/backing-services/postgres.yaml"], StringComparison.Ordinal);
    }

    [Fact]
    public void The_generator_refuses_a_setting_it_does_not_know_how_to_deploy()
    {
        var manifest = JsonNode.Parse(AspireJson)!.AsObject();
        manifest["resources"]!["finance-api"]!["env"]!["Bank__Endpoint"] = "{bank-gateway.bindings.https.url}";

        var error = Assert.Throws<InvalidOperationException>(() => ManifestGenerator.Generate(AspireModel.Parse(manifest.ToJsonString()), "13.6"));

        Assert.Contains("Bank__Endpoint", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_second_externally_exposed_project_is_refused()
    {
        var manifest = JsonNode.Parse(AspireJson)!.AsObject();
        manifest["resources"]!["talent-api"]!["bindings"]!["http"]!["external"] = true;

        Assert.Throws<InvalidOperationException>(() => ManifestGenerator.Generate(AspireModel.Parse(manifest.ToJsonString()), "13.6"));
    }

    [Fact]
    public void Secret_parameters_and_connection_strings_are_never_written_as_values()
    {
        var files = RepositoryFiles.Generate(DeployTools.Root);

        foreach (var (path, content) in files)
        {
            Assert.DoesNotContain("Password=", content, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("BEGIN", content, StringComparison.Ordinal);
            Assert.DoesNotContain("amqp://", content, StringComparison.Ordinal);
            Assert.DoesNotContain(".value}", content, StringComparison.Ordinal);
            Assert.False(content.Contains("kind: Secret", StringComparison.Ordinal), $"{path} defines a Secret");
        }
    }
}
