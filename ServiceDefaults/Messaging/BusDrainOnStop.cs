using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Qingmeng.ServiceDefaults.Messaging;

/// <summary>
/// MassTransit's hosted service, with one change: every stop request awaits the same drain of the deliveries under way.
/// A host can be asked to stop twice at once (its own shutdown racing an orchestrator's or a test factory's stop call).
/// MassTransit answers the second request at once, and that caller then disposes the container under the running
/// consumers, which fail on it and are parked in the error queue although nothing was wrong with their events.
/// </summary>
internal sealed class BusDrainOnStop(IBusDepot depot, IOptions<MassTransitHostOptions> options) : IHostedService, IAsyncDisposable
{
    private readonly MassTransitHostedService _bus = new(depot, options);
    private readonly Lock _gate = new();
    private Task? _stopping;

    public Task StartAsync(CancellationToken cancellationToken) => _bus.StartAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            // The first request's shutdown timeout bounds the drain: when it expires MassTransit cancels the consumers,
            // and their deliveries go back to the queue instead of being parked.
            return _stopping ??= _bus.StopAsync(cancellationToken);
        }
    }

    public ValueTask DisposeAsync() => _bus.DisposeAsync();
}

public static class BusDrainOnStopExtensions
{
    /// <summary>Replaces MassTransit's hosted service by <see cref="BusDrainOnStop"/>; call it after <c>AddMassTransit</c>.</summary>
    public static IServiceCollection AddBusDrainOnStop(this IServiceCollection services) =>
        services.RemoveMassTransitHostedService().AddHostedService<BusDrainOnStop>();
}
