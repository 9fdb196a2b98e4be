using System.Diagnostics.Metrics;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Qingmeng.Gateway.ApiReference;
using Qingmeng.Gateway.Authentication;
using Qingmeng.Gateway.RateLimiting;
using Qingmeng.ServiceDefaults.Authentication;

namespace Qingmeng.Gateway.Extensions;

public static class Extensions
{
    public const string CacheConnectionName = "cache";

    public static IHostApplicationBuilder AddGateway(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<GatewayOptions>().BindConfiguration(GatewayOptions.SectionName);
        var options = builder.Configuration.GetSection(GatewayOptions.SectionName).Get<GatewayOptions>() ?? new GatewayOptions();

        // Chunked bodies have no Content-Length to check up front; Kestrel enforces the same limit while streaming.
        builder.Services.Configure<KestrelServerOptions>(kestrel => kestrel.Limits.MaxRequestBodySize = options.MaxRequestBodyBytes);

        builder.AddRedisClient(CacheConnectionName);

        // Tokens are validated here only to know who is calling (rate-limit partitions); each service authorizes.
        builder.AddPlatformAuthentication([.. PlatformScopes.Audiences.Values]);
        builder.Services.AddSingleton(services => new CachingJsonWebTokenHandler(TimeProvider.System, services.GetRequiredService<IMeterFactory>()));
        builder.Services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
            .Configure<CachingJsonWebTokenHandler>((jwt, handler) =>
            {
                jwt.TokenHandlers.Clear();
                jwt.TokenHandlers.Add(handler);
            });
        builder.Services.AddCors(cors => cors.AddDefaultPolicy(policy =>
        {
            if (options.Cors.AllowedOrigins.Length > 0)
            {
                policy.WithOrigins(options.Cors.AllowedOrigins)
                    .WithHeaders("Authorization", "Content-Type", "Idempotency-Key")
                    .WithMethods("GET", "POST", "PUT", "PATCH", "DELETE");
            }
        }));
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<IQuotaLeaseStore, RedisQuotaLeaseStore>();
        builder.Services.AddSingleton<FailOpenRateLimiter>();

        builder.AddApiReference();

        builder.Services.AddSingleton<Yarp.ReverseProxy.Forwarder.IForwarderHttpClientFactory, PooledForwarderHttpClientFactory>();
        builder.Services.AddReverseProxy()
            .LoadFromConfig(builder.Configuration.GetSection("ReverseProxy"))
            .AddServiceDiscoveryDestinationResolver();
        return builder;
    }

    public static WebApplication UseGateway(this WebApplication app)
    {
        app.UseMiddleware<SecurityHeadersMiddleware>();
        app.UseCors();
        app.UseMiddleware<RequestBodyLimitMiddleware>();
        app.UseAuthentication();
        app.UseMiddleware<ClientRateLimitMiddleware>();
        return app;
    }

    /// <summary>
    /// Only <c>/api/{service}/…</c> and the identity endpoints are proxied, and the API reference is served at <c>/docs</c>;
    /// every other path belongs to the web portal (the lowest-priority route). An unknown API path is a 404 problem here,
    /// never a portal page, and no path reaches a service's probes or operator endpoints.
    /// </summary>
    public static WebApplication MapGatewayRoutes(this WebApplication app)
    {
        app.MapReverseProxy();
        app.MapApiReference();
        // Literal prefixes outrank the portal's catch-all; each service's own route is more specific still.
        app.Map("/api/{**rest}", NoPublicRoute).ExcludeFromDescription();
        app.Map("/openapi/{**rest}", NoPublicRoute).ExcludeFromDescription();
        app.MapFallback(NoPublicRoute);
        return app;
    }

    private static ProblemHttpResult NoPublicRoute() => TypedResults.Problem(
        title: "未找到 (Not found)",
        detail: "No public route matches this path. Public routes are /api/{approval|governance|policy|finance|talent|identity}/…, /connect/…, /.well-known/…, the API reference at /docs and the portal at /.",
        statusCode: StatusCodes.Status404NotFound);
}
