using Qingmeng.Infrastructure.LocalServers;

namespace Qingmeng.AppHost.Infrastructure.Local;

internal static class LocalRedisExtensions
{
    public static IResourceBuilder<LocalRedisResource> AddLocalRedis(this IDistributedApplicationBuilder builder, string name)
    {
        var redisServer = ServerBinaries.RedisServer(builder.GetInfrastructureOptions().RedisServerPath);
        var dataDirectory = builder.GetDataDirectory(name);
        var port = FreeTcpPort.Pick();

        return builder.AddResource(new LocalRedisResource(name, redisServer, dataDirectory))
            .WithArgs(RedisServerArguments.For(port, dataDirectory))
            .WithLocalServerEndpoint(port)
            .WithReadinessProbe(cancellationToken => ServerProbes.RedisAsync(port, cancellationToken))
            .StopsPlatformIfItCannotStart();
    }
}
