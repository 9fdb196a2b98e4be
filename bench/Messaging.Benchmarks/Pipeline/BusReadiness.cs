using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Qingmeng.Benchmarks.Messaging.Pipeline;

public static class BusReadiness
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    /// <summary>Waits until the bus and its receive endpoints are connected, so no scenario measures bus start-up.</summary>
    public static Task WaitForBusAsync(this IHost host, CancellationToken cancellationToken)
    {
        var bus = host.Services.GetRequiredService<IBusControl>();
        return WaitUntil.TrueAsync(
            () => bus.CheckHealth().Status == BusHealthStatus.Healthy, Timeout, "the MassTransit bus to become healthy", cancellationToken);
    }
}
