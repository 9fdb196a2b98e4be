using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Qingmeng.ServiceDefaults;

/// <summary>
/// X-Forwarded-For and X-Forwarded-Proto are believed only from the proxies named in the <c>ForwardedHeaders</c> section
/// (<c>KnownProxies</c>: addresses, <c>KnownNetworks</c>: CIDR ranges; a list or one comma-separated value) and, as in
/// ASP.NET Core's defaults, from loopback unless <c>TrustLoopback</c> is false. Nothing configured and no loopback means
/// nobody is believed: the client is the TCP peer. From anyone else the headers are ignored, so a caller cannot choose the
/// address that rate limits and sign-in throttling count it under. (ASPNETCORE_FORWARDEDHEADERS_ENABLED must not be set:
/// it believes every peer.)
/// </summary>
public static class ForwardedHeadersExtensions
{
    public const string SectionName = "ForwardedHeaders";

    public static TBuilder AddPlatformForwardedHeaders<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        var trusted = TrustedProxies.From(builder.Configuration.GetSection(SectionName));
        // PostConfigure: after ASP.NET Core's own setup, which clears the lists when ASPNETCORE_FORWARDEDHEADERS_ENABLED is set.
        builder.Services.PostConfigure<ForwardedHeadersOptions>(trusted.ApplyTo);
        // First in the pipeline, before anything reads the client's address or scheme.
        builder.Services.Insert(0, ServiceDescriptor.Transient<IStartupFilter, ForwardedHeadersStartupFilter>());
        return builder;
    }

    private sealed class ForwardedHeadersStartupFilter : IStartupFilter
    {
        // A request without a peer address (in-memory test servers, Unix sockets) has no proxy to trust;
        // the middleware itself would apply the headers for it.
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.UseWhen(context => context.Connection.RemoteIpAddress is not null, trusted => trusted.UseForwardedHeaders());
            next(app);
        };
    }
}

/// <summary>The proxies whose forwarded headers are believed.</summary>
public sealed record TrustedProxies(IReadOnlyList<IPAddress> Proxies, IReadOnlyList<System.Net.IPNetwork> Networks, bool TrustLoopback)
{
    public static TrustedProxies From(IConfigurationSection section)
    {
        var proxies = Values(section.GetSection("KnownProxies"))
            .Select(value => IPAddress.TryParse(value, out var address) ? address
                : throw new InvalidOperationException($"{section.Path}:KnownProxies: '{value}' is not an IP address."))
            .ToList();
        var networks = Values(section.GetSection("KnownNetworks"))
            .Select(value => System.Net.IPNetwork.TryParse(value, out var network) ? network
                : throw new InvalidOperationException($"{section.Path}:KnownNetworks: '{value}' is not a CIDR range such as 10.244.0.0/16."))
            .ToList();
        return new TrustedProxies(proxies, networks, section.GetValue("TrustLoopback", defaultValue: true));
    }

    public void ApplyTo(ForwardedHeadersOptions options)
    {
        options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
        options.KnownProxies.Clear();
        options.KnownIPNetworks.Clear();
        if (TrustLoopback)
        {
            // ASP.NET Core's defaults.
            options.KnownProxies.Add(IPAddress.IPv6Loopback);
            options.KnownIPNetworks.Add(new System.Net.IPNetwork(IPAddress.Loopback, 8));
        }
        foreach (var proxy in Proxies)
        {
            options.KnownProxies.Add(proxy);
        }
        foreach (var network in Networks)
        {
            options.KnownIPNetworks.Add(network);
        }
        if (options.KnownProxies.Count == 0 && options.KnownIPNetworks.Count == 0)
        {
            // The middleware reads two empty lists as "believe everyone"; here they mean "believe no one".
            options.ForwardedHeaders = ForwardedHeaders.None;
        }
    }

    // Either a list (KnownNetworks:0, :1 …) or one value "a, b" (a single environment variable or ConfigMap key).
    private static IEnumerable<string> Values(IConfigurationSection section) =>
        new[] { section.Value }.Concat(section.GetChildren().Select(child => child.Value))
            .SelectMany(value => (value ?? string.Empty).Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));
}
