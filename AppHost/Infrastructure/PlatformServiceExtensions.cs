using Qingmeng.AppHost.Infrastructure.Local;

namespace Qingmeng.AppHost.Infrastructure;

public static class PlatformServiceExtensions
{
    /// <summary>
    /// A business service: its own database plus the shared event bus, started only once both accept
    /// connections, and reported healthy through its <c>/health</c> endpoint.
    /// </summary>
    public static IResourceBuilder<ProjectResource> AddPlatformService<TProject>(
        this IDistributedApplicationBuilder builder,
        [ResourceName] string name,
        IResourceBuilder<IResourceWithConnectionString> database,
        IResourceBuilder<IResourceWithConnectionString> eventBus,
        IResourceBuilder<ParameterResource> operatorApiKey)
        where TProject : IProjectMetadata, new() =>
        builder.AddProject<TProject>(name)
            .WithReference(database).WaitFor(database)
            .WithReference(eventBus).WaitFor(eventBus)
            .WithEnvironment("Operators__ApiKey", operatorApiKey)
            // A local run shows a few demo records; a deployment starts empty.
            .WithEnvironment("DemoData__Enabled", builder.ExecutionContext.IsRunMode ? "true" : "false")
            // A local run also seeds the activity behind the case study's figures (hundreds of events), unless the run's
            // configuration says DemoData:SeedFigures=false (the whole-platform test fixtures do); a deployment never does.
            .WithEnvironment(context =>
            {
                if (builder.ExecutionContext.IsRunMode && !string.Equals(builder.Configuration["DemoData:SeedFigures"], "false", StringComparison.OrdinalIgnoreCase))
                {
                    context.EnvironmentVariables["DemoData__SeedFigures"] = "true";
                }
            })
            .WithHttpHealthCheck("/health");

    /// <summary>
    /// The key operators send (X-Operator-Key) to the services' /ops endpoints, which the gateway never routes.
    /// Locally it is generated once and kept under the data root; a deployment generates its own secret.
    /// </summary>
    public static IResourceBuilder<ParameterResource> AddOperatorApiKey(this IDistributedApplicationBuilder builder)
    {
        const string name = "operator-api-key";
        ParameterDefault value = builder.UsesLocalServers()
            ? new PersistedSecretDefault(Path.Combine(builder.GetDataDirectory("operators"), name))
            : new GenerateParameterDefault { MinLength = 32, Special = false };
        return builder.AddParameter(name, value, secret: true);
    }

    /// <summary>References (service discovery) and waits for each of the given services.</summary>
    public static IResourceBuilder<ProjectResource> WithServices(
        this IResourceBuilder<ProjectResource> project, params IResourceBuilder<ProjectResource>[] services)
    {
        foreach (var service in services)
        {
            project.WithReference(service).WaitFor(service);
        }

        return project;
    }
}
