namespace Qingmeng.AppHost.Infrastructure;

public static class PlatformServiceExtensions
{
    /// <summary>
    /// A business service: its own database plus the shared event bus and cache, started only once
    /// all three accept connections, and reported healthy through its <c>/health</c> endpoint.
    /// </summary>
    public static IResourceBuilder<ProjectResource> AddPlatformService<TProject>(
        this IDistributedApplicationBuilder builder,
        [ResourceName] string name,
        IResourceBuilder<IResourceWithConnectionString> database,
        IResourceBuilder<IResourceWithConnectionString> eventBus,
        IResourceBuilder<IResourceWithConnectionString> cache)
        where TProject : IProjectMetadata, new() =>
        builder.AddProject<TProject>(name)
            .WithReference(database).WaitFor(database)
            .WithReference(eventBus).WaitFor(eventBus)
            .WithReference(cache).WaitFor(cache)
            .WithHttpHealthCheck("/health");

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
