using MassTransit;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Qingmeng.ServiceDefaults.Auditing;
using Qingmeng.ServiceDefaults.Authentication;
using Qingmeng.ServiceDefaults.Data;
using Qingmeng.ServiceDefaults.Messaging;
using Qingmeng.ServiceDefaults.Messaging.ErrorQueues;
using Qingmeng.ServiceDefaults.Notifications;

namespace Qingmeng.ServiceDefaults;

/// <summary>What every business service is made of, so each one's start-up reads as its own domain only.</summary>
public static class PlatformServiceExtensions
{
    /// <summary>
    /// The service's own database (migrated at start), reliable messaging through its outbox and inbox,
    /// and bearer tokens for its own audience (<paramref name="scope"/>, one of <see cref="PlatformScopes"/>).
    /// </summary>
    public static TBuilder AddPlatformService<TBuilder, TContext>(
        this TBuilder builder, string serviceName, string databaseConnectionName, string scope,
        Action<IBusRegistrationConfigurator>? consumers = null)
        where TBuilder : IHostApplicationBuilder
        where TContext : DbContext
    {
        builder.AddPlatformDbContext<TBuilder, TContext>(databaseConnectionName);
        builder.AddPlatformMessaging<TBuilder, TContext>(serviceName, consumers);
        builder.AddPlatformAuthentication(PlatformScopes.Audiences[scope]);
        builder.Services.TryAddSingleton(TimeProvider.System);
        return builder;
    }

    /// <summary>
    /// Problem details, authentication and authorization, health and OpenAPI, the operators' error-queue
    /// endpoints, the admins' audit trail (and notifications, when the service sends them) under <paramref name="apiPrefix"/>; the service then maps its own APIs.
    /// </summary>
    public static WebApplication UsePlatformService<TContext>(this WebApplication app, string apiPrefix) where TContext : DbContext
    {
        app.UsePlatformProblemDetails();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapDefaultEndpoints();
        app.MapErrorQueueApi();
        app.MapAuditApi<TContext>(apiPrefix);
        if (app.Services.SendsNotifications())
        {
            app.MapNotificationApi(apiPrefix);
        }
        return app;
    }
}
