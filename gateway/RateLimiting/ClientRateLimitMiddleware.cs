using System.Diagnostics.Metrics;
using Microsoft.Extensions.Options;
using Qingmeng.Gateway.Extensions;
using Qingmeng.ServiceDefaults.Authentication;

namespace Qingmeng.Gateway.RateLimiting;

/// <summary>
/// Limits each client on the public routes: 429 with Retry-After when over. A caller with a valid token is
/// counted by subject (or OAuth client for partner systems), so users behind one NAT do not share a budget;
/// anyone else by remote address. The count is shared by every replica through Redis, without a round trip per
/// request (see <see cref="FailOpenRateLimiter"/>). If Redis is slow or unreachable the gateway keeps serving at once (fail open, see
/// <see cref="FailOpenRateLimiter"/>) and counts the requests it let through unchecked.
/// </summary>
internal sealed class ClientRateLimitMiddleware(
    RequestDelegate next,
    FailOpenRateLimiter limiter,
    IOptions<GatewayOptions> options,
    IProblemDetailsService problems,
    IMeterFactory meterFactory)
{
    private static readonly string MeterName = "Qingmeng.Gateway";

    private readonly Counter<long> _rejected = meterFactory.Create(MeterName)
        .CreateCounter<long>("qingmeng.gateway.rate_limited", "{request}", "Requests refused with 429.");

    // The factory hands back the same meter for the same name, so both counters share one meter.
    private readonly Counter<long> _unchecked = meterFactory.Create(MeterName)
        .CreateCounter<long>("qingmeng.gateway.rate_limit_unavailable", "{request}",
            "Requests let through unchecked because Redis was slow or unreachable (reason: timeout, error, circuit_open).");

    public async Task InvokeAsync(HttpContext context)
    {
        if (!context.Request.Path.StartsWithSegments("/api") && !context.Request.Path.StartsWithSegments("/connect"))
        {
            await next(context);
            return;
        }

        var settings = options.Value;
        var client = ClientKey(context);
        var (checkedDecision, uncheckedReason) = await limiter.TryHitAsync(client, settings.RateLimitPermits, settings.RateLimitWindow, context.RequestAborted);
        if (checkedDecision is not { } decision)
        {
            // Logged once per break by the limiter's circuit breaker, not once per request.
            _unchecked.Add(1, new KeyValuePair<string, object?>("reason", uncheckedReason));
            await next(context);
            return;
        }

        context.Response.Headers["RateLimit-Limit"] = settings.RateLimitPermits.ToString();
        context.Response.Headers["RateLimit-Remaining"] = decision.Remaining.ToString();
        if (decision.Allowed)
        {
            await next(context);
            return;
        }

        _rejected.Add(1);
        var retryAfter = Math.Max(1, (int)Math.Ceiling(decision.ResetAfter.TotalSeconds));
        context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        context.Response.Headers.RetryAfter = retryAfter.ToString();
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails =
            {
                Status = StatusCodes.Status429TooManyRequests,
                Title = "Too many requests.",
                Detail = $"At most {settings.RateLimitPermits} requests per {settings.RateLimitWindow.TotalSeconds:0} s; retry after {retryAfter} s.",
            },
        });
    }

    /// <summary>The rate-limit partition: "sub:…" or "client:…" for an authenticated caller, else "ip:…".</summary>
    public static string ClientKey(HttpContext context)
    {
        if (context.User.Identity?.IsAuthenticated == true)
        {
            var user = PlatformUser.From(context.User);
            return user.Subject != user.ClientId ? $"sub:{user.Subject}" : $"client:{user.ClientId}";
        }
        return $"ip:{context.Connection.RemoteIpAddress?.ToString() ?? "unknown"}";
    }
}
