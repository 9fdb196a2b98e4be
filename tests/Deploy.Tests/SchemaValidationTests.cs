namespace Deploy.Tests;

public sealed class SchemaValidationTests(RenderedOverlays overlays) : IClassFixture<RenderedOverlays>
{
    [Theory]
    [MemberData(nameof(RenderedOverlays.Names), MemberType = typeof(RenderedOverlays))]
    public void Every_rendered_object_validates_against_the_Kubernetes_schemas(string overlay)
    {
        var rendered = overlays[overlay];

        Assert.Empty(rendered.Errors);
        var kinds = rendered.Objects.Select(o => o.Kind()).ToHashSet();
        Assert.Superset(
            new HashSet<string> { "Namespace", "ConfigMap", "Service", "Deployment", "HorizontalPodAutoscaler", "PodDisruptionBudget", "Ingress", "NetworkPolicy" },
            kinds);
    }

    [Fact]
    public async Task The_validator_rejects_a_wrong_type_a_missing_required_field_and_an_unknown_field()
    {
        const string yaml = """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: broken
            spec:
              replicas: "two"
              template:
                spec:
                  containers:
                  - name: app
                    image: qingmeng/app:1.0.0
                    resorces: {}
            ---
            apiVersion: v1
            kind: Service
            metadata:
              name: fine
            spec:
              ports:
              - port: 8080
            ---
            apiVersion: example.com/v1
            kind: Widget
            metadata:
              name: unknown
            """;

        var result = await DeployTools.ValidateAsync(yaml);

        Assert.Equal(3, result.Objects.Count);
        Assert.Contains(result.Errors, e => e.Contains("Deployment/broken", StringComparison.Ordinal) && e.Contains("replicas must be integer", StringComparison.Ordinal));
        Assert.Contains(result.Errors, e => e.Contains("Deployment/broken", StringComparison.Ordinal) && e.Contains("selector", StringComparison.Ordinal));
        Assert.Contains(result.Errors, e => e.Contains("unknown field spec.template.spec.containers[0].resorces", StringComparison.Ordinal));
        Assert.Contains(result.Errors, e => e.StartsWith("Widget/unknown", StringComparison.Ordinal));
        Assert.DoesNotContain(result.Errors, e => e.StartsWith("Service/fine", StringComparison.Ordinal));
    }
}
