using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Qingmeng.Deploy.Generator;

/// <summary>
/// Derives the Kubernetes manifests from the Aspire app model, so the two never drift: every project
/// becomes a Deployment with probes, resources, a Service, an autoscaler and a disruption budget;
/// every environment variable the app model gives a project is mapped to a ConfigMap entry, a
/// referenced Secret key or an in-cluster URL, and one the generator does not understand stops it.
/// </summary>
public static partial class ManifestGenerator
{
    public const string ConnectionStringPrefix = "ConnectionStrings__";
    public const string ConnectionStringsSecret = "qingmeng-connection-strings";
    public const string ParametersSecret = "qingmeng-parameters";
    public const string PlatformConfigMap = "qingmeng-platform";
    public const string PublicBaseUrlKey = "public-base-url";
    public const string OtlpEndpointKey = "otlp-endpoint";
    public const string HealthPath = "/health";
    public const string AlivePath = "/alive";
    public const int HttpPort = 8080;
    public const string ImageRepositoryPrefix = "qingmeng/";
    public const string ImageTag = "1.0.0";
    public const string DashboardName = "aspire-dashboard";
    public const int DashboardFrontendPort = 18888;
    public const int DashboardOtlpGrpcPort = 18889;
    public const int DashboardOtlpHttpPort = 18890;

    private const string Header =
        "Generated from aspire-manifest.json by deploy/generator; do not edit by hand.\n" +
        "Regenerate: dotnet run --project deploy/generator";

    /// <summary>Every generated file, by path relative to the repository root.</summary>
    public static IReadOnlyDictionary<string, string> Generate(AspireModel model, string aspireVersion)
    {
        var files = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var external = model.Projects.Where(p => p.IsExternal).ToList();
        if (external.Count != 1)
        {
            throw new InvalidOperationException($"Exactly one project may be exposed outside the cluster; the app model exposes {external.Count}.");
        }

        var configMaps = new JsonArray
        {
            new JsonObject
            {
                ["name"] = PlatformConfigMap,
                ["literals"] = new JsonArray(
                [
                    $"{PublicBaseUrlKey}=http://qingmeng.local/",
                    $"{OtlpEndpointKey}=http://{DashboardName}:{DashboardOtlpGrpcPort}",
                    // Plain parameters of the app model (e.g. trusted-proxy-networks): one platform-wide value, set per overlay.
                    .. PlainParameters(model).Select(p => (JsonNode)$"{p.Key}={p.Value}"),
                ]),
            },
        };
        var resources = new JsonArray($"{DashboardName}.yaml");
        foreach (var project in model.Projects)
        {
            var (documents, literals) = ProjectDocuments(model, project);
            configMaps.Add(new JsonObject
            {
                ["name"] = $"{project.Name}-config",
                ["literals"] = new JsonArray(literals.Select(l => (JsonNode)$"{l.Key}={l.Value}").ToArray()),
            });
            files[$"deploy/base/{project.Name}.yaml"] = Yaml.Documents(documents, Header);
            resources.Add($"{project.Name}.yaml");
        }
        files[$"deploy/base/{DashboardName}.yaml"] = Yaml.Documents(DashboardDocuments(aspireVersion), Header);
        files["deploy/base/kustomization.yaml"] = Yaml.Documents(
        [
            new JsonObject
            {
                ["apiVersion"] = "kustomize.config.k8s.io/v1beta1",
                ["kind"] = "Kustomization",
                ["resources"] = resources,
                ["configMapGenerator"] = configMaps,
            },
        ], Header);

        var backing = new JsonArray();
        foreach (var container in model.Containers)
        {
            files[$"deploy/overlays/dev/backing-services/{container.Name}.yaml"] =
                Yaml.Documents(BackingServiceDocuments(model, container), Header);
            backing.Add($"{container.Name}.yaml");
        }
        files["deploy/overlays/dev/backing-services/kustomization.yaml"] = Yaml.Documents(
        [
            new JsonObject
            {
                ["apiVersion"] = "kustomize.config.k8s.io/v1alpha1",
                ["kind"] = "Component",
                ["resources"] = backing,
            },
        ], Header);

        files["deploy/overlays/prod/managed-services/managed-services.yaml"] = Yaml.Documents(
            model.Containers.Select(c => ManagedServiceAlias(c)), Header);
        files["deploy/overlays/prod/managed-services/kustomization.yaml"] = Yaml.Documents(
        [
            new JsonObject
            {
                ["apiVersion"] = "kustomize.config.k8s.io/v1alpha1",
                ["kind"] = "Component",
                ["resources"] = new JsonArray("managed-services.yaml"),
            },
        ], Header);
        return files;
    }

    /// <summary>The documents of one project, and the plain settings that go into its ConfigMap.</summary>
    private static (List<JsonNode> Documents, List<KeyValuePair<string, string>> Literals) ProjectDocuments(AspireModel model, AspireProject project)
    {
        var literals = new List<KeyValuePair<string, string>>
        {
            new("OTEL_SERVICE_NAME", project.Name),
        };
        var env = new JsonArray
        {
            new JsonObject { ["name"] = "POD_NAME", ["valueFrom"] = new JsonObject { ["fieldRef"] = new JsonObject { ["fieldPath"] = "metadata.name" } } },
            new JsonObject { ["name"] = "OTEL_RESOURCE_ATTRIBUTES", ["value"] = "service.instance.id=$(POD_NAME)" },
            ConfigMapRef("OTEL_EXPORTER_OTLP_ENDPOINT", PlatformConfigMap, OtlpEndpointKey),
        };
        var resourceNames = model.Projects.Select(p => p.Name).Concat(model.Containers.Select(c => c.Name))
            .Concat(model.Databases.Select(d => d.Name)).ToHashSet(StringComparer.Ordinal);

        foreach (var (key, value) in project.Env)
        {
            switch (Classify(model, project, resourceNames, key, value))
            {
                case EnvKind.Literal:
                    literals.Add(new(key, value));
                    break;
                case EnvKind.HttpPorts:
                    literals.Add(new(key, HttpPort.ToString(System.Globalization.CultureInfo.InvariantCulture)));
                    break;
                case EnvKind.ServiceEndpoint:
                    var target = ServiceEndpoint().Match(key).Groups["service"].Value;
                    literals.Add(new(key, $"http://{target}:{HttpPort}"));
                    break;
                case EnvKind.ConnectionString:
                    env.Add(SecretRef(key, ConnectionStringsSecret, key[ConnectionStringPrefix.Length..]));
                    break;
                case EnvKind.SecretParameter:
                    env.Add(SecretRef(key, ParametersSecret, ParameterReference().Match(value).Groups["name"].Value));
                    break;
                case EnvKind.PublicBaseUrl:
                    env.Add(ConfigMapRef(key, PlatformConfigMap, PublicBaseUrlKey));
                    break;
                case EnvKind.PlainParameter:
                    env.Add(ConfigMapRef(key, PlatformConfigMap, ParameterReference().Match(value).Groups["name"].Value));
                    break;
                case EnvKind.NotNeededInCluster:
                    break;
            }
        }

        var component = project.IsExternal ? "gateway" : "api";
        var labels = Labels(project.Name, component);
        var documents = new List<JsonNode>
        {
            new JsonObject
            {
                ["apiVersion"] = "apps/v1",
                ["kind"] = "Deployment",
                ["metadata"] = Metadata(project.Name, component, new JsonObject
                {
                    ["qingmeng.io/aspire-resource"] = project.Name,
                    ["qingmeng.io/project"] = project.Path,
                }),
                ["spec"] = new JsonObject
                {
                    ["replicas"] = 2,
                    ["revisionHistoryLimit"] = 5,
                    ["selector"] = new JsonObject { ["matchLabels"] = Selector(project.Name) },
                    ["strategy"] = new JsonObject
                    {
                        ["type"] = "RollingUpdate",
                        ["rollingUpdate"] = new JsonObject { ["maxSurge"] = 1, ["maxUnavailable"] = 0 },
                    },
                    ["template"] = new JsonObject
                    {
                        ["metadata"] = new JsonObject { ["labels"] = labels.DeepClone() },
                        ["spec"] = new JsonObject
                        {
                            ["automountServiceAccountToken"] = false,
                            ["terminationGracePeriodSeconds"] = 30,
                            ["securityContext"] = PodSecurity(runAsUser: null),
                            ["topologySpreadConstraints"] = new JsonArray(new JsonObject
                            {
                                ["maxSkew"] = 1,
                                ["topologyKey"] = "kubernetes.io/hostname",
                                ["whenUnsatisfiable"] = "ScheduleAnyway",
                                ["labelSelector"] = new JsonObject { ["matchLabels"] = Selector(project.Name) },
                            }),
                            ["containers"] = new JsonArray(new JsonObject
                            {
                                ["name"] = project.Name,
                                ["image"] = $"{ImageRepositoryPrefix}{project.Name}:{ImageTag}",
                                ["imagePullPolicy"] = "IfNotPresent",
                                ["ports"] = new JsonArray(new JsonObject { ["name"] = "http", ["containerPort"] = HttpPort, ["protocol"] = "TCP" }),
                                ["envFrom"] = new JsonArray(new JsonObject { ["configMapRef"] = new JsonObject { ["name"] = $"{project.Name}-config" } }),
                                ["env"] = env,
                                // Migrations run before the server listens: give the first start time, then probe briskly.
                                ["startupProbe"] = HttpProbe(AlivePath, periodSeconds: 5, failureThreshold: 60),
                                ["readinessProbe"] = HttpProbe(HealthPath, periodSeconds: 10, failureThreshold: 3),
                                ["livenessProbe"] = HttpProbe(AlivePath, periodSeconds: 15, failureThreshold: 3),
                                ["resources"] = project.IsExternal
                                    ? Resources("250m", "256Mi", "1", "512Mi")
                                    : Resources("100m", "256Mi", "1", "512Mi"),
                                ["securityContext"] = ContainerSecurity(),
                                ["volumeMounts"] = new JsonArray(new JsonObject { ["name"] = "tmp", ["mountPath"] = "/tmp" }),
                            }),
                            ["volumes"] = new JsonArray(new JsonObject
                            {
                                ["name"] = "tmp",
                                ["emptyDir"] = new JsonObject { ["sizeLimit"] = "64Mi" },
                            }),
                        },
                    },
                },
            },
            new JsonObject
            {
                ["apiVersion"] = "v1",
                ["kind"] = "Service",
                ["metadata"] = Metadata(project.Name, component),
                ["spec"] = new JsonObject
                {
                    ["type"] = "ClusterIP",
                    ["selector"] = Selector(project.Name),
                    ["ports"] = new JsonArray(new JsonObject { ["name"] = "http", ["port"] = HttpPort, ["targetPort"] = "http", ["protocol"] = "TCP" }),
                },
            },
            new JsonObject
            {
                ["apiVersion"] = "autoscaling/v2",
                ["kind"] = "HorizontalPodAutoscaler",
                ["metadata"] = Metadata(project.Name, component),
                ["spec"] = new JsonObject
                {
                    ["scaleTargetRef"] = new JsonObject { ["apiVersion"] = "apps/v1", ["kind"] = "Deployment", ["name"] = project.Name },
                    ["minReplicas"] = 2,
                    ["maxReplicas"] = project.IsExternal ? 10 : 6,
                    ["metrics"] = new JsonArray(
                        Utilization("cpu", 70),
                        Utilization("memory", 80)),
                    ["behavior"] = new JsonObject
                    {
                        ["scaleDown"] = new JsonObject { ["stabilizationWindowSeconds"] = 300 },
                    },
                },
            },
            new JsonObject
            {
                ["apiVersion"] = "policy/v1",
                ["kind"] = "PodDisruptionBudget",
                ["metadata"] = Metadata(project.Name, component),
                ["spec"] = new JsonObject
                {
                    ["maxUnavailable"] = 1,
                    ["selector"] = new JsonObject { ["matchLabels"] = Selector(project.Name) },
                },
            },
        };
        if (project.IsExternal)
        {
            documents.Add(new JsonObject
            {
                ["apiVersion"] = "networking.k8s.io/v1",
                ["kind"] = "Ingress",
                ["metadata"] = Metadata(project.Name, component),
                ["spec"] = new JsonObject
                {
                    ["ingressClassName"] = "nginx",
                    ["rules"] = new JsonArray(new JsonObject
                    {
                        ["host"] = "qingmeng.local",
                        ["http"] = new JsonObject
                        {
                            ["paths"] = new JsonArray(new JsonObject
                            {
                                ["path"] = "/",
                                ["pathType"] = "Prefix",
                                ["backend"] = new JsonObject
                                {
                                    ["service"] = new JsonObject
                                    {
                                        ["name"] = project.Name,
                                        ["port"] = new JsonObject { ["name"] = "http" },
                                    },
                                },
                            }),
                        },
                    }),
                },
            });
        }
        return (documents, literals);
    }

    private enum EnvKind { Literal, HttpPorts, ServiceEndpoint, ConnectionString, SecretParameter, PlainParameter, PublicBaseUrl, NotNeededInCluster }

    /// <summary>Parameters that are not secret and have a default: their values go into the platform ConfigMap.</summary>
    private static IEnumerable<KeyValuePair<string, string>> PlainParameters(AspireModel model) =>
        model.ParameterDefaults.Where(p => !model.Parameters[p.Key]).OrderBy(p => p.Key, StringComparer.Ordinal);

    private static EnvKind Classify(AspireModel model, AspireProject project, HashSet<string> resourceNames, string key, string value)
    {
        if (key == "HTTP_PORTS" && value == $"{{{project.Name}.bindings.http.targetPort}}")
        {
            return EnvKind.HttpPorts;
        }
        if (key.StartsWith(ConnectionStringPrefix, StringComparison.Ordinal)
            && resourceNames.Contains(key[ConnectionStringPrefix.Length..])
            && value == $"{{{key[ConnectionStringPrefix.Length..]}.connectionString}}")
        {
            return EnvKind.ConnectionString;
        }
        if (ServiceEndpoint().Match(key) is { Success: true } endpoint)
        {
            if (!model.Projects.Any(p => p.Name == endpoint.Groups["service"].Value))
            {
                throw Unmapped(project, key, value);
            }
            // In the cluster, services talk plain HTTP to each other; TLS ends at the ingress.
            return endpoint.Groups["scheme"].Value == "http" ? EnvKind.ServiceEndpoint : EnvKind.NotNeededInCluster;
        }
        // Aspire also gives every reference in the forms other languages read (NAME_HOST, NAME_URI,
        // NAME_HTTP …); .NET services read ConnectionStrings__name and services__name__http__0 only.
        if (PolyglotReference().Match(key) is { Success: true } polyglot
            && resourceNames.Any(r => r.Replace('-', '_').Equals(polyglot.Groups["resource"].Value, StringComparison.OrdinalIgnoreCase)))
        {
            return EnvKind.NotNeededInCluster;
        }
        if (ParameterReference().Match(value) is { Success: true } parameter
            && model.Parameters.TryGetValue(parameter.Groups["name"].Value, out var secret))
        {
            return secret ? EnvKind.SecretParameter
                : model.ParameterDefaults.ContainsKey(parameter.Groups["name"].Value) ? EnvKind.PlainParameter
                : throw Unmapped(project, key, value);
        }
        var external = model.Projects.Single(p => p.IsExternal);
        if (value == $"{{{external.Name}.bindings.http.url}}/")
        {
            return EnvKind.PublicBaseUrl;
        }
        if (!value.Contains('{', StringComparison.Ordinal))
        {
            return EnvKind.Literal;
        }
        throw Unmapped(project, key, value);
    }

    private static InvalidOperationException Unmapped(AspireProject project, string key, string value) =>
        new($"The app model gives {project.Name} the setting {key}={value}, which the generator does not know how to deploy. Teach ManifestGenerator.Classify about it.");

    private static IEnumerable<JsonNode> DashboardDocuments(string aspireVersion)
    {
        const string component = "telemetry";
        yield return new JsonObject
        {
            ["apiVersion"] = "apps/v1",
            ["kind"] = "Deployment",
            ["metadata"] = Metadata(DashboardName, component),
            ["spec"] = new JsonObject
            {
                // The standalone dashboard keeps telemetry in memory: one instance, replaced on update.
                ["replicas"] = 1,
                ["strategy"] = new JsonObject { ["type"] = "Recreate" },
                ["selector"] = new JsonObject { ["matchLabels"] = Selector(DashboardName) },
                ["template"] = new JsonObject
                {
                    ["metadata"] = new JsonObject { ["labels"] = Labels(DashboardName, component) },
                    ["spec"] = new JsonObject
                    {
                        ["automountServiceAccountToken"] = false,
                        ["securityContext"] = PodSecurity(runAsUser: null),
                        ["containers"] = new JsonArray(new JsonObject
                        {
                            ["name"] = DashboardName,
                            ["image"] = $"mcr.microsoft.com/dotnet/aspire-dashboard:{aspireVersion}",
                            ["imagePullPolicy"] = "IfNotPresent",
                            ["ports"] = new JsonArray(
                                new JsonObject { ["name"] = "frontend", ["containerPort"] = DashboardFrontendPort, ["protocol"] = "TCP" },
                                new JsonObject { ["name"] = "otlp-grpc", ["containerPort"] = DashboardOtlpGrpcPort, ["protocol"] = "TCP" },
                                new JsonObject { ["name"] = "otlp-http", ["containerPort"] = DashboardOtlpHttpPort, ["protocol"] = "TCP" }),
                            ["env"] = new JsonArray(
                                // The browser signs in with the token the dashboard logs at start (kubectl logs).
                                new JsonObject { ["name"] = "DASHBOARD__FRONTEND__AUTHMODE", ["value"] = "BrowserToken" },
                                // OTLP is reachable only from the platform's pods (see the NetworkPolicy below).
                                new JsonObject { ["name"] = "DASHBOARD__OTLP__AUTHMODE", ["value"] = "Unsecured" },
                                new JsonObject { ["name"] = "DASHBOARD__TELEMETRYLIMITS__MAXLOGCOUNT", ["value"] = "20000" },
                                new JsonObject { ["name"] = "DASHBOARD__TELEMETRYLIMITS__MAXTRACECOUNT", ["value"] = "20000" }),
                            ["readinessProbe"] = TcpProbe("frontend", 10),
                            ["livenessProbe"] = TcpProbe("frontend", 20),
                            ["resources"] = Resources("50m", "256Mi", "500m", "1Gi"),
                            ["securityContext"] = ContainerSecurity(),
                            ["volumeMounts"] = new JsonArray(new JsonObject { ["name"] = "tmp", ["mountPath"] = "/tmp" }),
                        }),
                        ["volumes"] = new JsonArray(new JsonObject { ["name"] = "tmp", ["emptyDir"] = new JsonObject { ["sizeLimit"] = "64Mi" } }),
                    },
                },
            },
        };
        yield return new JsonObject
        {
            ["apiVersion"] = "v1",
            ["kind"] = "Service",
            ["metadata"] = Metadata(DashboardName, component),
            ["spec"] = new JsonObject
            {
                ["type"] = "ClusterIP",
                ["selector"] = Selector(DashboardName),
                ["ports"] = new JsonArray(
                    new JsonObject { ["name"] = "frontend", ["port"] = DashboardFrontendPort, ["targetPort"] = "frontend", ["protocol"] = "TCP" },
                    new JsonObject { ["name"] = "otlp-grpc", ["port"] = DashboardOtlpGrpcPort, ["targetPort"] = "otlp-grpc", ["protocol"] = "TCP" },
                    new JsonObject { ["name"] = "otlp-http", ["port"] = DashboardOtlpHttpPort, ["targetPort"] = "otlp-http", ["protocol"] = "TCP" }),
            },
        };
        yield return new JsonObject
        {
            ["apiVersion"] = "networking.k8s.io/v1",
            ["kind"] = "NetworkPolicy",
            ["metadata"] = Metadata(DashboardName, component),
            ["spec"] = new JsonObject
            {
                ["podSelector"] = new JsonObject { ["matchLabels"] = Selector(DashboardName) },
                ["policyTypes"] = new JsonArray("Ingress"),
                ["ingress"] = new JsonArray(new JsonObject
                {
                    ["from"] = new JsonArray(new JsonObject
                    {
                        ["podSelector"] = new JsonObject { ["matchLabels"] = new JsonObject { ["app.kubernetes.io/part-of"] = "qingmeng" } },
                    }),
                    ["ports"] = new JsonArray(
                        new JsonObject { ["port"] = DashboardOtlpGrpcPort, ["protocol"] = "TCP" },
                        new JsonObject { ["port"] = DashboardOtlpHttpPort, ["protocol"] = "TCP" }),
                }),
            },
        };
    }

    /// <summary>What a backing image needs beyond the app model: where it keeps data, how it says it is ready, how big it is.</summary>
    private sealed record BackingProfile(string DataPath, JsonObject Readiness, JsonObject Liveness, JsonObject Resources, string Storage);

    private static BackingProfile ProfileFor(AspireContainer container)
    {
        var image = container.Image.Split('/')[^1].Split(':')[0];
        var port = container.Bindings.Single().Name;
        return image switch
        {
            "postgres" => new("/var/lib/postgresql",
                ExecProbe(["pg_isready", "-U", "postgres", "-h", "127.0.0.1"], 10),
                ExecProbe(["pg_isready", "-U", "postgres", "-h", "127.0.0.1"], 30),
                Resources("250m", "512Mi", "2", "2Gi"), "20Gi"),
            "rabbitmq" => new("/var/lib/rabbitmq",
                ExecProbe(["rabbitmq-diagnostics", "-q", "check_port_connectivity"], 20),
                ExecProbe(["rabbitmq-diagnostics", "-q", "ping"], 30),
                Resources("200m", "512Mi", "1", "1Gi"), "5Gi"),
            "redis" => new("/data",
                TcpProbe(port, 10),
                TcpProbe(port, 30),
                Resources("100m", "128Mi", "500m", "512Mi"), "2Gi"),
            _ => throw new InvalidOperationException($"The generator has no dev profile for the image {container.Image} of {container.Name}."),
        };
    }

    private static IEnumerable<JsonNode> BackingServiceDocuments(AspireModel model, AspireContainer container)
    {
        const string component = "backing-service";
        var profile = ProfileFor(container);
        var env = new JsonArray();
        foreach (var (key, value) in container.Env)
        {
            if (ParameterReference().Match(value) is { Success: true } parameter && model.Parameters.GetValueOrDefault(parameter.Groups["name"].Value))
            {
                env.Add(SecretRef(key, ParametersSecret, parameter.Groups["name"].Value));
            }
            else if (!value.Contains('{', StringComparison.Ordinal))
            {
                env.Add(new JsonObject { ["name"] = key, ["value"] = value });
            }
            else
            {
                throw new InvalidOperationException($"The app model gives {container.Name} the setting {key}={value}, which the generator does not know how to deploy.");
            }
        }
        var ports = new JsonArray(container.Bindings
            .Select(b => (JsonNode)new JsonObject { ["name"] = b.Name, ["containerPort"] = b.TargetPort, ["protocol"] = "TCP" })
            .ToArray());
        var databases = model.Databases.Where(d => d.Server == container.Name).ToList();
        var mounts = new JsonArray(new JsonObject { ["name"] = "data", ["mountPath"] = profile.DataPath });
        var volumes = new JsonArray();
        if (databases.Count > 0)
        {
            mounts.Add(new JsonObject { ["name"] = "init", ["mountPath"] = "/docker-entrypoint-initdb.d", ["readOnly"] = true });
            volumes.Add(new JsonObject { ["name"] = "init", ["configMap"] = new JsonObject { ["name"] = $"{container.Name}-init" } });
            yield return new JsonObject
            {
                ["apiVersion"] = "v1",
                ["kind"] = "ConfigMap",
                ["metadata"] = Metadata($"{container.Name}-init", component),
                ["data"] = new JsonObject
                {
                    ["create-databases.sql"] = "-- One database per service, as the app model declares them.\n" +
                        string.Concat(databases.Select(d => $"CREATE DATABASE {d.DatabaseName};\n")),
                },
            };
        }

        var containerSpec = new JsonObject
        {
            ["name"] = container.Name,
            ["image"] = container.Image,
            ["imagePullPolicy"] = "IfNotPresent",
        };
        if (container.Entrypoint is not null)
        {
            containerSpec["command"] = new JsonArray(container.Entrypoint);
        }
        if (container.Args.Count > 0)
        {
            containerSpec["args"] = new JsonArray(container.Args.Select(a => (JsonNode)a).ToArray());
        }
        containerSpec["ports"] = ports;
        containerSpec["env"] = env;
        containerSpec["readinessProbe"] = profile.Readiness;
        containerSpec["livenessProbe"] = profile.Liveness;
        containerSpec["resources"] = profile.Resources;
        containerSpec["securityContext"] = new JsonObject
        {
            ["allowPrivilegeEscalation"] = false,
            ["capabilities"] = new JsonObject { ["drop"] = new JsonArray("ALL") },
        };
        containerSpec["volumeMounts"] = mounts;

        yield return new JsonObject
        {
            ["apiVersion"] = "v1",
            ["kind"] = "Service",
            ["metadata"] = Metadata(container.Name, component),
            ["spec"] = new JsonObject
            {
                ["clusterIP"] = "None",
                ["selector"] = Selector(container.Name),
                ["ports"] = new JsonArray(container.Bindings
                    .Select(b => (JsonNode)new JsonObject { ["name"] = b.Name, ["port"] = b.TargetPort, ["targetPort"] = b.Name, ["protocol"] = "TCP" })
                    .ToArray()),
            },
        };
        var statefulSet = new JsonObject
        {
            ["apiVersion"] = "apps/v1",
            ["kind"] = "StatefulSet",
            ["metadata"] = Metadata(container.Name, component),
            ["spec"] = new JsonObject
            {
                ["serviceName"] = container.Name,
                ["replicas"] = 1,
                ["selector"] = new JsonObject { ["matchLabels"] = Selector(container.Name) },
                ["template"] = new JsonObject
                {
                    ["metadata"] = new JsonObject { ["labels"] = Labels(container.Name, component) },
                    ["spec"] = new JsonObject
                    {
                        ["automountServiceAccountToken"] = false,
                        // The official images' service user (uid/gid 999) owns the data volume.
                        ["securityContext"] = PodSecurity(runAsUser: 999),
                        ["containers"] = new JsonArray(containerSpec),
                    },
                },
                ["volumeClaimTemplates"] = new JsonArray(new JsonObject
                {
                    ["metadata"] = new JsonObject { ["name"] = "data" },
                    ["spec"] = new JsonObject
                    {
                        ["accessModes"] = new JsonArray("ReadWriteOnce"),
                        ["resources"] = new JsonObject { ["requests"] = new JsonObject { ["storage"] = profile.Storage } },
                    },
                }),
            },
        };
        if (volumes.Count > 0)
        {
            statefulSet["spec"]!["template"]!["spec"]!["volumes"] = volumes;
        }
        yield return statefulSet;
    }

    /// <summary>In prod the backing servers are managed: a stable in-cluster name points at the provider's endpoint.</summary>
    private static JsonNode ManagedServiceAlias(AspireContainer container) => new JsonObject
    {
        ["apiVersion"] = "v1",
        ["kind"] = "Service",
        ["metadata"] = Metadata(container.Name, "backing-service", new JsonObject
        {
            ["qingmeng.io/managed-endpoint"] = "Point externalName at the managed service (see deploy/README.md).",
        }),
        ["spec"] = new JsonObject
        {
            ["type"] = "ExternalName",
            ["externalName"] = $"{container.Name}.managed.qingmeng.internal",
            ["ports"] = new JsonArray(container.Bindings
                .Select(b => (JsonNode)new JsonObject { ["name"] = b.Name, ["port"] = b.TargetPort, ["protocol"] = "TCP" })
                .ToArray()),
        },
    };

    private static JsonObject Labels(string name, string component) => new()
    {
        ["app.kubernetes.io/name"] = name,
        ["app.kubernetes.io/component"] = component,
        ["app.kubernetes.io/part-of"] = "qingmeng",
    };

    private static JsonObject Selector(string name) => new() { ["app.kubernetes.io/name"] = name };

    private static JsonObject Metadata(string name, string component, JsonObject? annotations = null)
    {
        var metadata = new JsonObject { ["name"] = name, ["labels"] = Labels(name, component) };
        if (annotations is not null)
        {
            metadata["annotations"] = annotations;
        }
        return metadata;
    }

    private static JsonObject PodSecurity(int? runAsUser)
    {
        var context = new JsonObject { ["runAsNonRoot"] = true };
        if (runAsUser is { } uid)
        {
            context["runAsUser"] = uid;
            context["runAsGroup"] = uid;
            context["fsGroup"] = uid;
        }
        context["seccompProfile"] = new JsonObject { ["type"] = "RuntimeDefault" };
        return context;
    }

    private static JsonObject ContainerSecurity() => new()
    {
        ["allowPrivilegeEscalation"] = false,
        ["readOnlyRootFilesystem"] = true,
        ["capabilities"] = new JsonObject { ["drop"] = new JsonArray("ALL") },
    };

    private static JsonObject Resources(string cpuRequest, string memoryRequest, string cpuLimit, string memoryLimit) => new()
    {
        ["requests"] = new JsonObject { ["cpu"] = cpuRequest, ["memory"] = memoryRequest },
        ["limits"] = new JsonObject { ["cpu"] = cpuLimit, ["memory"] = memoryLimit },
    };

    private static JsonObject Utilization(string resource, int percent) => new()
    {
        ["type"] = "Resource",
        ["resource"] = new JsonObject
        {
            ["name"] = resource,
            ["target"] = new JsonObject { ["type"] = "Utilization", ["averageUtilization"] = percent },
        },
    };

    private static JsonObject HttpProbe(string path, int periodSeconds, int failureThreshold) => new()
    {
        ["httpGet"] = new JsonObject { ["path"] = path, ["port"] = "http" },
        ["periodSeconds"] = periodSeconds,
        ["timeoutSeconds"] = 5,
        ["failureThreshold"] = failureThreshold,
    };

    private static JsonObject TcpProbe(string port, int periodSeconds) => new()
    {
        ["tcpSocket"] = new JsonObject { ["port"] = port },
        ["periodSeconds"] = periodSeconds,
        ["timeoutSeconds"] = 5,
        ["failureThreshold"] = 3,
    };

    private static JsonObject ExecProbe(string[] command, int periodSeconds) => new()
    {
        ["exec"] = new JsonObject { ["command"] = new JsonArray(command.Select(c => (JsonNode)c).ToArray()) },
        ["periodSeconds"] = periodSeconds,
        ["timeoutSeconds"] = 10,
        ["failureThreshold"] = 3,
    };

    private static JsonObject SecretRef(string name, string secret, string key) => new()
    {
        ["name"] = name,
        ["valueFrom"] = new JsonObject { ["secretKeyRef"] = new JsonObject { ["name"] = secret, ["key"] = key } },
    };

    private static JsonObject ConfigMapRef(string name, string configMap, string key) => new()
    {
        ["name"] = name,
        ["valueFrom"] = new JsonObject { ["configMapKeyRef"] = new JsonObject { ["name"] = configMap, ["key"] = key } },
    };

    [GeneratedRegex(@"^services__(?<service>[a-z0-9-]+)__(?<scheme>https?)__0$")]
    private static partial Regex ServiceEndpoint();

    [GeneratedRegex(@"^\{(?<name>[a-z0-9-]+)\.value\}$")]
    private static partial Regex ParameterReference();

    [GeneratedRegex(@"^(?<resource>[A-Z0-9_]+?)_(HOST|PORT|USERNAME|PASSWORD|URI|JDBCCONNECTIONSTRING|DATABASENAME|HTTP|HTTPS)$")]
    private static partial Regex PolyglotReference();
}
