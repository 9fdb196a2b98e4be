using System.Text.Json;
using System.Text.Json.Nodes;

namespace Deploy.Tests;

public sealed class AppModelAgreementTests(RenderedOverlays overlays) : IClassFixture<RenderedOverlays>
{
    private static JsonElement AspireManifest(Action<JsonObject>? change = null)
    {
        var manifest = JsonNode.Parse(File.ReadAllText(Path.Combine(DeployTools.Root, "aspire-manifest.json")))!.AsObject();
        change?.Invoke(manifest["resources"]!.AsObject());
        return JsonDocument.Parse(manifest.ToJsonString()).RootElement.Clone();
    }

    [Theory]
    [MemberData(nameof(RenderedOverlays.Names), MemberType = typeof(RenderedOverlays))]
    public void The_deployed_services_and_their_connection_names_are_those_of_the_app_model(string overlay)
    {
        Assert.Empty(AppModelComparison.Differences(AspireManifest(), overlays[overlay].Objects));
        // The gateway, the portal, identity and the five business services.
        Assert.Equal(8, overlays[overlay].Objects.PlatformDeployments().Count());
    }

    [Fact]
    public void A_service_added_to_the_app_model_but_not_deployed_is_reported()
    {
        var manifest = AspireManifest(resources => resources["housing-api"] = new JsonObject
        {
            ["type"] = "project.v0",
            ["path"] = "services/housing/Qingmeng.Housing.Api.csproj",
            ["env"] = new JsonObject { ["ConnectionStrings__housingdb"] = "{housingdb.connectionString}" },
        });

        Assert.Equal(["housing-api: in the app model, not deployed"], AppModelComparison.Differences(manifest, overlays["prod"].Objects));
    }

    [Fact]
    public void A_deployed_service_missing_from_the_app_model_is_reported()
    {
        var manifest = AspireManifest(resources => resources.Remove("talent-api"));

        Assert.Equal(["talent-api: deployed, not in the app model"], AppModelComparison.Differences(manifest, overlays["prod"].Objects));
    }

    [Fact]
    public void A_connection_name_that_differs_is_reported_both_ways()
    {
        var manifest = AspireManifest(resources =>
        {
            var env = resources["governance-api"]!["env"]!.AsObject();
            env.Remove("ConnectionStrings__eventbus");
            env["ConnectionStrings__searchindex"] = "{searchindex.connectionString}";
        });

        var differences = AppModelComparison.Differences(manifest, overlays["dev"].Objects);

        Assert.Equal(
            ["governance-api: connection searchindex in the app model, not deployed", "governance-api: connection eventbus deployed, not in the app model"],
            differences);
    }
}
