using Qingmeng.AppHost.Infrastructure.Containers;
using Qingmeng.AppHost.Infrastructure.Local;

namespace Qingmeng.AppHost.Infrastructure;

/// <summary>
/// Entry points used by Program.cs. Both modes produce the same resource names and connection
/// strings of the same shape, so services cannot tell which one they are talking to.
/// </summary>
public static class PlatformInfrastructureExtensions
{
    public static PlatformPostgres AddPlatformPostgres(this IDistributedApplicationBuilder builder, [ResourceName] string name) =>
        builder.UsesLocalServers() ? builder.AddLocalPostgres(name) : builder.AddContainerPostgres(name);

    public static IResourceBuilder<IResourceWithConnectionString> AddPlatformRabbitMQ(this IDistributedApplicationBuilder builder, [ResourceName] string name) =>
        builder.UsesLocalServers() ? builder.AddLocalRabbitMq(name) : builder.AddContainerRabbitMq(name);

    public static IResourceBuilder<IResourceWithConnectionString> AddPlatformRedis(this IDistributedApplicationBuilder builder, [ResourceName] string name) =>
        builder.UsesLocalServers() ? builder.AddLocalRedis(name) : builder.AddContainerRedis(name);
}
