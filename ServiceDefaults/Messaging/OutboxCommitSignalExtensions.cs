using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Qingmeng.ServiceDefaults.Messaging;

/// <summary>Wires a service's DbContext to the outbox dispatcher, which is woken when staged events are committed.</summary>
public static class OutboxCommitSignalExtensions
{
    public static IServiceCollection AddOutboxCommitSignal(this IServiceCollection services)
    {
        services.TryAddSingleton<OutboxSignal>();
        services.TryAddSingleton<OutboxCommitInterceptor>();
        return services;
    }

    /// <summary>Adds the commit interceptor registered by <see cref="AddOutboxCommitSignal"/> to the context's options.</summary>
    public static DbContextOptionsBuilder UseOutboxCommitSignal(this DbContextOptionsBuilder options, IServiceProvider services) =>
        options.AddInterceptors(services.GetRequiredService<OutboxCommitInterceptor>());
}
