using System.Text.Json;
using System.Text.RegularExpressions;
using Qingmeng.ServiceDefaults;

namespace Deploy.Tests;

public sealed partial class InvariantTests(RenderedOverlays overlays) : IClassFixture<RenderedOverlays>
{
    [Theory]
    [MemberData(nameof(RenderedOverlays.Names), MemberType = typeof(RenderedOverlays))]
    public void Every_service_is_probed_for_readiness_on_health_and_liveness_on_alive(string overlay)
    {
        foreach (var deployment in overlays[overlay].Objects.PlatformDeployments())
        {
            var container = Assert.Single(deployment.GetProperty("spec").GetProperty("template").GetProperty("spec").Items("containers"));
            var port = container.Items("ports").Single().At("name");
            Assert.Equal(HealthCheckExtensions.HealthPath, container.At("readinessProbe", "httpGet", "path"));
            Assert.Equal(port, container.At("readinessProbe", "httpGet", "port"));
            Assert.Equal(HealthCheckExtensions.AlivePath, container.At("livenessProbe", "httpGet", "path"));
            Assert.Equal(port, container.At("livenessProbe", "httpGet", "port"));
        }
    }

    [Theory]
    [MemberData(nameof(RenderedOverlays.Names), MemberType = typeof(RenderedOverlays))]
    public void Every_service_starts_on_alive_and_its_readiness_probe_outwaits_the_slowest_health_check(string overlay)
    {
        // A dependency that hangs is answered Degraded (200) after the check timeout; the probe must wait that long.
        var checkTimeout = new PlatformHealthCheckOptions().CheckTimeout;
        foreach (var deployment in overlays[overlay].Objects.PlatformDeployments())
        {
            var container = Assert.Single(deployment.GetProperty("spec").GetProperty("template").GetProperty("spec").Items("containers"));
            Assert.Equal(HealthCheckExtensions.AlivePath, container.At("startupProbe", "httpGet", "path"));
            var probeTimeout = TimeSpan.FromSeconds(int.Parse(container.At("readinessProbe", "timeoutSeconds") ?? "1", System.Globalization.CultureInfo.InvariantCulture));
            Assert.True(probeTimeout > checkTimeout, $"{deployment.Name()}: readiness probe times out after {probeTimeout.TotalSeconds} s, a check may take {checkTimeout.TotalSeconds} s");
        }
    }

    [Theory]
    [MemberData(nameof(RenderedOverlays.Names), MemberType = typeof(RenderedOverlays))]
    public void Every_container_has_cpu_and_memory_requests_and_limits(string overlay)
    {
        var containers = overlays[overlay].Objects.Containers().ToList();
        Assert.NotEmpty(containers);
        foreach (var (owner, container) in containers)
        {
            foreach (var bound in new[] { "requests", "limits" })
            {
                foreach (var resource in new[] { "cpu", "memory" })
                {
                    Assert.False(string.IsNullOrEmpty(container.At("resources", bound, resource)), $"{owner.Name()}: no {resource} {bound}");
                }
            }
            Assert.NotNull(container.At("readinessProbe"));
            Assert.NotNull(container.At("livenessProbe"));
        }
    }

    [Theory]
    [MemberData(nameof(RenderedOverlays.Names), MemberType = typeof(RenderedOverlays))]
    public void No_secret_is_in_plain_text(string overlay)
    {
        var objects = overlays[overlay].Objects;

        Assert.Empty(objects.OfKind("Secret"));
        foreach (var (owner, container) in objects.Containers())
        {
            foreach (var variable in container.Items("env"))
            {
                var name = variable.GetProperty("name").GetString()!;
                if (SecretName().IsMatch(name))
                {
                    Assert.True(variable.At("valueFrom", "secretKeyRef", "key") is not null, $"{owner.Name()}: {name} is not read from a Secret");
                }
                Assert.False(variable.At("value") is { } value && SecretValue().IsMatch(value), $"{owner.Name()}: {name} holds a credential");
            }
            Assert.DoesNotContain(container.Items("envFrom"), e => e.At("secretRef") is not null);
        }
        foreach (var configMap in objects.OfKind("ConfigMap"))
        {
            foreach (var entry in configMap.TryGetProperty("data", out var data) ? data.EnumerateObject() : Enumerable.Empty<JsonProperty>())
            {
                Assert.False(SecretName().IsMatch(entry.Name), $"{configMap.Name()}: {entry.Name} belongs in a Secret");
                Assert.False(SecretValue().IsMatch(entry.Value.GetString()!), $"{configMap.Name()}: {entry.Name} holds a credential");
            }
        }
    }

    [Theory]
    [MemberData(nameof(RenderedOverlays.Names), MemberType = typeof(RenderedOverlays))]
    public void Secrets_are_referenced_only_by_the_documented_names_and_keys(string overlay)
    {
        var readme = File.ReadAllText(Path.Combine(DeployTools.Root, "deploy", "README.md"));
        var references = overlays[overlay].Objects.Containers()
            .SelectMany(c => c.Container.Items("env"))
            .Select(e => (Secret: e.At("valueFrom", "secretKeyRef", "name"), Key: e.At("valueFrom", "secretKeyRef", "key")))
            .Where(r => r.Secret is not null)
            .Distinct()
            .ToList();

        Assert.NotEmpty(references);
        foreach (var (secret, key) in references)
        {
            Assert.Contains(secret, new[] { "qingmeng-connection-strings", "qingmeng-parameters" });
            Assert.True(readme.Contains($"`{key}`", StringComparison.Ordinal), $"deploy/README.md does not document the key {key} of {secret}");
        }
    }

    [Theory]
    [MemberData(nameof(RenderedOverlays.Names), MemberType = typeof(RenderedOverlays))]
    public void Every_image_is_pinned_to_a_tag_that_is_not_latest(string overlay)
    {
        foreach (var (owner, container) in overlays[overlay].Objects.Containers())
        {
            var image = container.At("image")!;
            var match = ImageReference().Match(image);
            Assert.True(match.Success, $"{owner.Name()}: image {image} has no tag");
            Assert.NotEqual("latest", match.Groups["tag"].Value);
        }
        foreach (var deployment in overlays[overlay].Objects.PlatformDeployments())
        {
            var image = deployment.GetProperty("spec").GetProperty("template").GetProperty("spec").Items("containers").Single().At("image")!;
            Assert.EndsWith($"qingmeng/{deployment.Name()}:{Qingmeng.Deploy.Generator.ManifestGenerator.ImageTag}", image, StringComparison.Ordinal);
            if (overlay == "prod")
            {
                Assert.StartsWith("registry.", image, StringComparison.Ordinal);
            }
        }
    }

    [Theory]
    [MemberData(nameof(RenderedOverlays.Names), MemberType = typeof(RenderedOverlays))]
    public void Only_the_gateway_is_exposed(string overlay)
    {
        var objects = overlays[overlay].Objects;

        var ingress = Assert.Single(objects.OfKind("Ingress"));
        var backends = ingress.GetProperty("spec").Items("rules")
            .SelectMany(r => r.GetProperty("http").Items("paths"))
            .Select(p => p.At("backend", "service", "name"))
            .ToList();
        Assert.NotEmpty(backends);
        Assert.All(backends, b => Assert.Equal("gateway", b));
        Assert.Null(ingress.GetProperty("spec").At("defaultBackend"));
        foreach (var service in objects.OfKind("Service"))
        {
            Assert.DoesNotContain(service.At("spec", "type"), new[] { "LoadBalancer", "NodePort" });
        }
        foreach (var (owner, container) in objects.Containers())
        {
            Assert.All(container.Items("ports"), p => Assert.Null(p.At("hostPort")));
            Assert.NotEqual("true", owner.GetProperty("spec").GetProperty("template").GetProperty("spec").At("hostNetwork"));
        }
    }

    [Theory]
    [MemberData(nameof(RenderedOverlays.Names), MemberType = typeof(RenderedOverlays))]
    public void Every_service_has_a_service_an_autoscaler_and_a_disruption_budget(string overlay)
    {
        var objects = overlays[overlay].Objects;
        foreach (var deployment in objects.PlatformDeployments())
        {
            var name = deployment.Name();
            var podLabels = deployment.GetProperty("spec").GetProperty("template").GetProperty("metadata").GetProperty("labels");
            var service = Assert.Single(objects.OfKind("Service"), s => s.Name() == name);
            Assert.True(Selects(service.GetProperty("spec").GetProperty("selector"), podLabels), $"Service {name} does not select its pods");
            var autoscaler = Assert.Single(objects.OfKind("HorizontalPodAutoscaler"), h => h.Name() == name);
            Assert.Equal("Deployment", autoscaler.At("spec", "scaleTargetRef", "kind"));
            Assert.Equal(name, autoscaler.At("spec", "scaleTargetRef", "name"));
            Assert.True(autoscaler.GetProperty("spec").GetProperty("maxReplicas").GetInt32() >= 2);
            var budget = Assert.Single(objects.OfKind("PodDisruptionBudget"), p => p.Name() == name);
            Assert.True(Selects(budget.GetProperty("spec").GetProperty("selector").GetProperty("matchLabels"), podLabels), $"PodDisruptionBudget {name} does not select its pods");
            Assert.Single(deployment.GetProperty("spec").GetProperty("template").GetProperty("spec").Items("containers").Single().Items("envFrom"),
                e => objects.OfKind("ConfigMap").Any(c => c.Name() == e.At("configMapRef", "name")));
        }
    }

    [Fact]
    public void Prod_points_at_managed_servers_and_dev_runs_one_instance_of_each()
    {
        var servers = new[] { "postgres", "eventbus", "cache" };
        var prod = overlays["prod"].Objects;
        var dev = overlays["dev"].Objects;

        Assert.Empty(prod.OfKind("StatefulSet"));
        foreach (var server in servers)
        {
            var alias = Assert.Single(prod.OfKind("Service"), s => s.Name() == server);
            Assert.Equal("ExternalName", alias.At("spec", "type"));
            var statefulSet = Assert.Single(dev.OfKind("StatefulSet"), s => s.Name() == server);
            Assert.Equal(1, statefulSet.GetProperty("spec").GetProperty("replicas").GetInt32());
            Assert.Single(dev.OfKind("Service"), s => s.Name() == server);
        }
        Assert.Single(prod.OfKind("Ingress").Single().GetProperty("spec").Items("tls"));
        Assert.All(dev.PlatformDeployments(), d => Assert.Equal(1, d.GetProperty("spec").GetProperty("replicas").GetInt32()));
        Assert.All(prod.OfKind("HorizontalPodAutoscaler"), h => Assert.True(h.GetProperty("spec").GetProperty("minReplicas").GetInt32() >= 2));
    }

    [Theory]
    [MemberData(nameof(RenderedOverlays.Names), MemberType = typeof(RenderedOverlays))]
    public void Every_pod_meets_the_restricted_pod_security_standard(string overlay)
    {
        var objects = overlays[overlay].Objects;
        Assert.Equal("restricted", objects.OfKind("Namespace").Single().At("metadata", "labels", "pod-security.kubernetes.io/enforce"));
        foreach (var (owner, podSpec) in objects.PodSpecs())
        {
            Assert.Equal("true", podSpec.At("securityContext", "runAsNonRoot"));
            Assert.Equal("RuntimeDefault", podSpec.At("securityContext", "seccompProfile", "type"));
            foreach (var container in podSpec.Items("containers"))
            {
                Assert.Equal("false", container.At("securityContext", "allowPrivilegeEscalation"));
                Assert.Equal("[\"ALL\"]", container.At("securityContext", "capabilities", "drop")!.Replace(" ", "", StringComparison.Ordinal));
            }
        }
    }

    [Theory]
    [MemberData(nameof(RenderedOverlays.Names), MemberType = typeof(RenderedOverlays))]
    public void Every_configuration_reference_resolves_and_every_service_address_has_a_service(string overlay)
    {
        var objects = overlays[overlay].Objects;
        var configMaps = objects.OfKind("ConfigMap").ToDictionary(c => c.Name(), c => c.GetProperty("data"));
        foreach (var (owner, container) in objects.Containers())
        {
            foreach (var variable in container.Items("env").Where(e => e.At("valueFrom", "configMapKeyRef") is not null))
            {
                var name = variable.At("valueFrom", "configMapKeyRef", "name")!;
                Assert.True(configMaps.TryGetValue(name, out var data) && data.TryGetProperty(variable.At("valueFrom", "configMapKeyRef", "key")!, out _),
                    $"{owner.Name()}: {variable.At("name")} refers to a missing ConfigMap key");
            }
            foreach (var source in container.Items("envFrom"))
            {
                Assert.True(configMaps.ContainsKey(source.At("configMapRef", "name")!), $"{owner.Name()}: envFrom a missing ConfigMap");
            }
        }
        var services = objects.OfKind("Service").ToDictionary(s => s.Name());
        foreach (var data in configMaps.Values)
        {
            foreach (var entry in data.EnumerateObject().Where(e => e.Name.StartsWith("services__", StringComparison.Ordinal)))
            {
                var address = new Uri(entry.Value.GetString()!);
                Assert.True(services.TryGetValue(address.Host, out var service), $"{entry.Name}: no Service {address.Host}");
                Assert.Contains(address.Port, service.GetProperty("spec").Items("ports").Select(p => p.GetProperty("port").GetInt32()));
            }
        }
    }

    [Theory]
    [MemberData(nameof(RenderedOverlays.Names), MemberType = typeof(RenderedOverlays))]
    public void The_token_issuer_is_the_public_address_the_ingress_serves(string overlay)
    {
        var objects = overlays[overlay].Objects;
        var platform = Assert.Single(objects.OfKind("ConfigMap"), c => c.Name().StartsWith("qingmeng-platform", StringComparison.Ordinal));
        var issuer = new Uri(platform.At("data", "public-base-url")!);
        var ingress = objects.OfKind("Ingress").Single().GetProperty("spec");

        Assert.Equal(issuer.Host, ingress.Items("rules").Single().At("host"));
        Assert.Equal("/", issuer.AbsolutePath);
        var tls = ingress.Items("tls").ToList();
        Assert.Equal(tls.Count > 0 ? "https" : "http", issuer.Scheme);
        Assert.All(tls, t => Assert.Contains(issuer.Host, t.Items("hosts").Select(h => h.GetString())));
    }

    private static bool Selects(JsonElement selector, JsonElement labels) =>
        selector.EnumerateObject().Any()
        && selector.EnumerateObject().All(s => labels.TryGetProperty(s.Name, out var value) && value.GetString() == s.Value.GetString());

    /// <summary>Setting names that carry credentials.</summary>
    [GeneratedRegex("^ConnectionStrings__|password|secret|apikey|api_key|pem$|token", RegexOptions.IgnoreCase)]
    private static partial Regex SecretName();

    /// <summary>Values that look like credentials: a password in a connection string or URI, a PEM block.</summary>
    [GeneratedRegex(@"password\s*=|://[^/\s:@]+:[^/\s@]+@|-----BEGIN", RegexOptions.IgnoreCase)]
    private static partial Regex SecretValue();

    [GeneratedRegex(@"^(?<repository>[^@]+?):(?<tag>[A-Za-z0-9_][A-Za-z0-9_.-]{0,127})$")]
    private static partial Regex ImageReference();
}
