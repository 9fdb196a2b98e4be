using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Qingmeng.ServiceDefaults.Scheduling;

public static class SchedulingExtensions
{
    /// <summary>
    /// Runs <typeparamref name="TJob"/> every <paramref name="interval"/> (override: <c>Scheduling:Jobs:&lt;JobClassName&gt;:Interval</c>),
    /// on one replica at a time, locked on <typeparamref name="TContext"/>'s database.
    /// </summary>
    public static IServiceCollection AddScheduledJob<TJob, TContext>(this IServiceCollection services, TimeSpan interval)
        where TJob : class, IScheduledJob
        where TContext : DbContext
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(interval, TimeSpan.Zero);
        services.AddOptions<SchedulingOptions>().BindConfiguration(SchedulingOptions.SectionName)
            .Validate(o => o.LockCheckInterval > TimeSpan.Zero && o.LockCheckTimeout > TimeSpan.Zero && o.TakeoverDelay >= TimeSpan.Zero,
                "Scheduling:LockCheckInterval and LockCheckTimeout must be positive, TakeoverDelay not negative.");
        services.TryAddSingleton<SchedulingTelemetry>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddScoped<TJob>();
        services.AddSingleton(new ScheduledJobInterval<TJob>(interval));
        services.AddSingleton<ScheduledJobRunner<TJob, TContext>>();
        services.AddHostedService<ScheduledJobService<TJob, TContext>>();
        return services;
    }

    /// <summary>
    /// Runs one round now, under the same lock as the schedule: false when another runner holds it.
    /// For tests and operators; the schedule keeps running as usual.
    /// </summary>
    public static Task<bool> RunScheduledJobOnceAsync<TJob, TContext>(this IServiceProvider services, CancellationToken cancellationToken = default)
        where TJob : class, IScheduledJob
        where TContext : DbContext =>
        services.GetRequiredService<ScheduledJobRunner<TJob, TContext>>().RunOnceAsync(cancellationToken);
}
