using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Qingmeng.ServiceDefaults.Messaging;

namespace Qingmeng.ServiceDefaults.Data;

public static class DataExtensions
{
    /// <summary>
    /// Registers the service's own PostgreSQL context (pooled, with Aspire's health check, tracing and retries),
    /// wires the outbox commit signal, and applies migrations (then the optional seeder) before the host serves.
    /// </summary>
    public static TBuilder AddPlatformDbContext<TBuilder, TContext>(this TBuilder builder, string connectionName)
        where TBuilder : IHostApplicationBuilder
        where TContext : DbContext
    {
        var connectionString = builder.Configuration.GetConnectionString(connectionName)
            ?? throw new InvalidOperationException($"Connection string '{connectionName}' (the service's database) is not configured.");

        builder.Services.AddOutboxCommitSignal();
        builder.Services.AddDbContextPool<TContext>((services, options) => options
            .UsePlatformNpgsql(connectionString)
            .UseOutboxCommitSignal(services)
            // A failed command or save is not an operator's error by itself: whoever catches the exception either resolves
            // it (a conflict handled again, a duplicate skipped) or logs the fault (the bus, the request pipeline, the jobs).
            .ConfigureWarnings(warnings => warnings.Log(
                (RelationalEventId.CommandError, LogLevel.Information),
                (CoreEventId.SaveChangesFailed, LogLevel.Information))));
        builder.EnrichNpgsqlDbContext<TContext>();
        // Aspire names the context's health check after its type; it is the one dependency that fails readiness.
        builder.Services.AddReadinessCriticalCheck(typeof(TContext).Name);

        // Registered before messaging, so the schema exists before the dispatcher and consumers start.
        builder.Services.AddHostedService<MigrationHostedService<TContext>>();
        return builder;
    }
}
