namespace Qingmeng.Gateway.Extensions;

/// <summary>
/// Headers every response from the edge carries: no sniffing, no framing, no referrer leaks. The identity
/// pages (/connect) may load their own styles and post their own forms; the API reference (/docs) runs its own scripts
/// and calls the API on this origin; the portal (every other path) runs only its own script; API responses may load nothing.
/// </summary>
internal sealed class SecurityHeadersMiddleware(RequestDelegate next)
{
    private const string ApiPolicy = "default-src 'none'; frame-ancestors 'none'";
    private const string PagePolicy = "default-src 'self'; style-src 'self' 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'";
    // The reference page starts itself with an inline module script whose text carries its configuration.
    private const string DocsPolicy = "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; worker-src 'self' blob:; connect-src 'self'; form-action 'self'; frame-ancestors 'none'";

    // The portal is server-rendered: its own script and styles, inline SVG charts; forms post to itself or to the sign-in pages.
    private const string PortalPolicy = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'self'";

    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "no-referrer";
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            headers.ContentSecurityPolicy = PolicyFor(context.Request.Path);
            if (context.Request.IsHttps)
            {
                headers.StrictTransportSecurity = "max-age=31536000; includeSubDomains";
            }
            return Task.CompletedTask;
        });
        return next(context);
    }

    private static string PolicyFor(PathString path) =>
        path.StartsWithSegments("/connect") ? PagePolicy
        : path.StartsWithSegments(ApiReference.ApiReferenceApi.DocsPath) ? DocsPolicy
        : IsApiPath(path) ? ApiPolicy
        : PortalPolicy;

    // Everything the gateway does not route to a service, to identity or to the reference is the portal's (see MapGatewayRoutes).
    private static bool IsApiPath(PathString path) =>
        path.StartsWithSegments("/api") || path.StartsWithSegments("/openapi") || path.StartsWithSegments("/.well-known")
        || path.StartsWithSegments("/health") || path.StartsWithSegments("/alive");
}
