namespace Qingmeng.AppHost.Infrastructure.Containers;

/// <summary>The official Aspire container resources: publish mode, or run mode with a container engine.</summary>
internal static class ContainerInfrastructureExtensions
{
    public static PlatformPostgres AddContainerPostgres(this IDistributedApplicationBuilder builder, string name)
    {
        var server = builder.AddPostgres(name);
        return new PlatformPostgres(server, database => server.AddDatabase(database));
    }

    public static IResourceBuilder<IResourceWithConnectionString> AddContainerRabbitMq(this IDistributedApplicationBuilder builder, string name) =>
        builder.AddRabbitMQ(name);

    public static IResourceBuilder<IResourceWithConnectionString> AddContainerRedis(this IDistributedApplicationBuilder builder, string name) =>
        builder.AddRedis(name);
}
