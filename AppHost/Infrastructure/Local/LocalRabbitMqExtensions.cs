using Qingmeng.Infrastructure.LocalServers;

namespace Qingmeng.AppHost.Infrastructure.Local;

internal static class LocalRabbitMqExtensions
{
    public static IResourceBuilder<LocalRabbitMqServerResource> AddLocalRabbitMq(this IDistributedApplicationBuilder builder, string name)
    {
        var options = builder.GetInfrastructureOptions();
        var serverScript = ServerBinaries.RabbitMqServer(options.RabbitMqBinDirectory);
        var epmdPath = ServerBinaries.Epmd(options.EpmdPath);
        var dataDirectory = builder.GetDataDirectory(name);
        var node = new RabbitMqNode(dataDirectory, AmqpPort: FreeTcpPort.Pick(), DistributionPort: FreeTcpPort.Pick(), EpmdPort: FreeTcpPort.Pick());

        // Same default user name as the container resource.
        var userName = builder.AddParameter($"{name}-username", "guest");
        var password = builder.AddPersistedSecretParameter($"{name}-password", dataDirectory);

        // A foreground epmd owned by the orchestrator; Erlang would otherwise start a daemon that outlives the broker.
        var epmd = builder.AddExecutable($"{name}-epmd", epmdPath, dataDirectory, RabbitMqNode.EpmdArguments(node.EpmdPort))
            .WithLocalServerEndpoint(node.EpmdPort);
        epmd.WithReadinessProbe(cancellationToken => ServerProbes.EpmdAsync(node.EpmdPort, cancellationToken))
            .StopsPlatformIfItCannotStart();

        var broker = builder.AddResource(new LocalRabbitMqServerResource(name, serverScript, dataDirectory, userName.Resource, password.Resource))
            .WithLocalServerEndpoint(node.AmqpPort)
            .WithEnvironment(context =>
            {
                foreach (var (variable, value) in node.Environment)
                {
                    context.EnvironmentVariables[variable] = value;
                }
            })
            .WaitFor(epmd)
            .WithConnectionStringProbe(ServerProbes.AmqpAsync)
            .StopsPlatformIfItCannotStart();

        // The config carries the credentials, so it is written with the resolved parameter values just before each start.
        broker.OnBeforeResourceStarted(async (resource, _, cancellationToken) => node.WriteConfiguration(
            await resource.UserNameParameter.GetValueAsync(cancellationToken) ?? "guest",
            await resource.PasswordParameter.GetValueAsync(cancellationToken)
                ?? throw new InvalidOperationException($"Parameter '{resource.PasswordParameter.Name}' has no value.")));

        epmd.WithParentRelationship(broker);
        return broker;
    }
}
