using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Qingmeng.AppHost.Infrastructure.Local;

/// <summary>Wiring shared by the local server resources.</summary>
internal static class LocalResourceExtensions
{
    public const string EndpointName = "tcp";

    /// <summary>
    /// A fixed, free loopback port that the server binds itself. Not proxied: through the orchestrator's
    /// proxy the servers received an unexpanded port template and failed to boot.
    /// </summary>
    public static IResourceBuilder<T> WithLocalServerEndpoint<T>(this IResourceBuilder<T> resource, int port)
        where T : IResourceWithEndpoints =>
        resource.WithEndpoint(port: port, targetPort: port, scheme: "tcp", name: EndpointName, isProxied: false);

    /// <summary>
    /// Healthy only when <paramref name="probe"/> succeeds, so that <c>WaitFor</c> means
    /// "accepting connections" rather than "process started".
    /// </summary>
    public static IResourceBuilder<T> WithReadinessProbe<T>(this IResourceBuilder<T> resource, Func<CancellationToken, Task> probe)
        where T : IResource
    {
        var key = $"{resource.Resource.Name}_accepting_connections";
        resource.ApplicationBuilder.Services.AddHealthChecks().AddAsyncCheck(key, async cancellationToken =>
        {
            // Retry briefly inside one check: the health service backs off between failed checks,
            // which would otherwise add seconds between "server ready" and "dependants start".
            var deadline = DateTime.UtcNow + RetryWindow;
            while (true)
            {
                try
                {
                    await probe(cancellationToken);
                    return HealthCheckResult.Healthy();
                }
                catch (Exception e) when (!cancellationToken.IsCancellationRequested)
                {
                    if (DateTime.UtcNow >= deadline)
                    {
                        return HealthCheckResult.Unhealthy($"Not accepting connections yet: {e.Message}");
                    }
                }

                await Task.Delay(RetryInterval, cancellationToken);
            }
        });
        return resource.WithHealthCheck(key);
    }

    private static readonly TimeSpan RetryWindow = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan RetryInterval = TimeSpan.FromMilliseconds(250);

    /// <summary>Runs <paramref name="probe"/> against the resource's current connection string.</summary>
    public static IResourceBuilder<T> WithConnectionStringProbe<T>(this IResourceBuilder<T> resource, Func<string, CancellationToken, Task> probe)
        where T : IResourceWithConnectionString =>
        resource.WithReadinessProbe(async cancellationToken =>
            await probe(await resource.Resource.GetRequiredConnectionStringAsync(cancellationToken), cancellationToken));

    public static async Task<string> GetRequiredConnectionStringAsync(this IResourceWithConnectionString resource, CancellationToken cancellationToken) =>
        await resource.ConnectionStringExpression.GetValueAsync(cancellationToken)
            ?? throw new InvalidOperationException($"'{resource.Name}' has no connection string yet.");

    public static IResourceBuilder<ParameterResource> AddPersistedSecretParameter(
        this IDistributedApplicationBuilder builder, [ResourceName] string name, string dataDirectory) =>
        builder.AddParameter(name, new PersistedSecretDefault(Path.Combine(dataDirectory, "secrets", name)), secret: true);
}
