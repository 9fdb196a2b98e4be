using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Qingmeng.Infrastructure.LocalServers;

namespace Qingmeng.AppHost.Infrastructure.Local;

internal static partial class LocalPostgresExtensions
{
    public static PlatformPostgres AddLocalPostgres(this IDistributedApplicationBuilder builder, string name)
    {
        var options = builder.GetInfrastructureOptions();
        var binDirectory = ServerBinaries.PostgresBinDirectory(options.PostgresBinDirectory);
        var dataDirectory = builder.GetDataDirectory(name);
        var password = builder.AddPersistedSecretParameter($"{name}-password", dataDirectory);
        var port = FreeTcpPort.Pick();

        var server = builder.AddResource(new LocalPostgresServerResource(name, dataDirectory, password.Resource))
            .WithArgs(PostgresCluster.ScriptPath)
            .WithLocalServerEndpoint(port)
            .WithEnvironment(PostgresCluster.BinDirectoryVariable, binDirectory)
            .WithEnvironment(PostgresCluster.DataDirectoryVariable, Path.Combine(dataDirectory, "cluster"))
            .WithEnvironment(PostgresCluster.PortVariable, port.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .WithEnvironment(PostgresCluster.PasswordVariable, password)
            .WithConnectionStringProbe(ServerProbes.PostgresAsync)
            .StopsPlatformIfItCannotStart();

        // Services expect their database to exist; create the missing ones as soon as the server is ready.
        server.OnResourceReady(async (resource, @event, cancellationToken) =>
        {
            var logger = @event.Services.GetRequiredService<ResourceLoggerService>().GetLogger(resource);
            var serverConnectionString = await resource.GetRequiredConnectionStringAsync(cancellationToken);
            foreach (var database in resource.Databases)
            {
                await PostgresDatabases.CreateIfMissingAsync(serverConnectionString, database.DatabaseName, cancellationToken);
                LogDatabaseReady(logger, database.DatabaseName);
            }
        });

        return new PlatformPostgres(server, databaseName => server.AddLocalDatabase(databaseName));
    }

    private static IResourceBuilder<LocalPostgresDatabaseResource> AddLocalDatabase(
        this IResourceBuilder<LocalPostgresServerResource> server, string name)
    {
        var database = new LocalPostgresDatabaseResource(name, name, server.Resource);
        server.Resource.Databases.Add(database);
        return server.ApplicationBuilder.AddResource(database)
            .WithInitialState(new CustomResourceSnapshot { ResourceType = "PostgresDatabase", Properties = [] })
            .OnInitializeResource((resource, @event, cancellationToken) =>
            {
                _ = MirrorServerStateAsync(resource, @event.Notifications, cancellationToken);
                return Task.CompletedTask;
            })
            .WithConnectionStringProbe(ServerProbes.PostgresAsync);
    }

    /// <summary>
    /// The orchestrator only propagates state to children of containers; a database of an executable
    /// would stay without state forever and <c>WaitFor</c> on it would never finish. Its readiness probe
    /// (connect to the database) then decides when it is healthy, i.e. after it has been created.
    /// </summary>
    private static async Task MirrorServerStateAsync(
        LocalPostgresDatabaseResource database, ResourceNotificationService notifications, CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var update in notifications.WatchAsync(cancellationToken))
            {
                if (ReferenceEquals(update.Resource, database.Parent))
                {
                    await notifications.PublishUpdateAsync(database, snapshot => snapshot with
                    {
                        State = update.Snapshot.State,
                        StartTimeStamp = update.Snapshot.StartTimeStamp,
                        StopTimeStamp = update.Snapshot.StopTimeStamp,
                    });
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The application is shutting down.
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Database '{Database}' is ready.")]
    private static partial void LogDatabaseReady(ILogger logger, string database);
}
