using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Qingmeng.ServiceDefaults;

/// <summary>
/// Settings every service shares about the platform as the public sees it (section <c>Platform</c>).
/// <c>PublicBaseUrl</c> is the gateway's public address (e.g. https://zwfw.example.cn), under which every absolute URL a
/// service prints in a public document (Open311 discovery, JSON-LD) is written. The AppHost sets it to the gateway's endpoint.
/// </summary>
public sealed class PlatformOptions
{
    public const string SectionName = "Platform";

    public Uri? PublicBaseUrl { get; set; }
}

/// <summary>The platform's public address for absolute links, never the internal address the request happened to reach.</summary>
public static class PublicAddress
{
    // Set by ASP.NET Core's forwarded-headers middleware only when it believed the peer (ServiceDefaults' ForwardedHeaders).
    private const string OriginalForHeader = "X-Original-For";
    private const string OriginalProtoHeader = "X-Original-Proto";
    private const string ForwardedHostHeader = "X-Forwarded-Host";

    public static TBuilder AddPlatformPublicAddress<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        builder.Services.AddOptions<PlatformOptions>().BindConfiguration(PlatformOptions.SectionName)
            .Validate(o => o.PublicBaseUrl is null || (o.PublicBaseUrl.IsAbsoluteUri && o.PublicBaseUrl.Scheme is "http" or "https"),
                "Platform:PublicBaseUrl must be an absolute http(s) URL.")
            .ValidateOnStart();
        return builder;
    }

    /// <summary>
    /// <paramref name="path"/> (starting with '/') under the public base: the configured <c>Platform:PublicBaseUrl</c>;
    /// without one, the host and scheme the gateway forwarded (X-Forwarded-Host/Proto, believed only from a trusted proxy);
    /// failing that, the address the caller used.
    /// </summary>
    public static string PublicUrl(this HttpRequest request, string path)
    {
        var configured = request.HttpContext.RequestServices.GetService<IOptions<PlatformOptions>>()?.Value.PublicBaseUrl;
        return $"{(configured is not null ? configured.GetLeftPart(UriPartial.Path).TrimEnd('/') : RequestBase(request))}{path}";
    }

    private static string RequestBase(HttpRequest request)
    {
        var headers = request.Headers;
        var believed = headers.ContainsKey(OriginalForHeader) || headers.ContainsKey(OriginalProtoHeader);
        // A proxy chain lists the client-facing host first.
        var forwardedHost = headers[ForwardedHostHeader].ToString().Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .FirstOrDefault();
        var host = believed && forwardedHost is not null && HostString.FromUriComponent(forwardedHost) is { HasValue: true } parsed
            && Uri.CheckHostName(parsed.Host) != UriHostNameType.Unknown
            ? parsed
            : request.Host;
        return $"{request.Scheme}://{host.ToUriComponent()}{request.PathBase}";
    }
}
