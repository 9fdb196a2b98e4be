using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using Yarp.ReverseProxy.Configuration;

namespace Qingmeng.Gateway.ApiReference;

/// <summary>
/// Fetches each service's own OpenAPI document from the address YARP proxies that service to (service discovery
/// resolves it) and keeps it for <see cref="ApiReferenceOptions.CacheDuration"/>, so the reference costs the services little.
/// </summary>
public sealed class ServiceDocumentSource(
    IHttpClientFactory httpClients,
    IProxyConfigProvider proxyConfig,
    IOptions<ApiReferenceOptions> options,
    TimeProvider time,
    ILogger<ServiceDocumentSource> logger)
{
    public const string HttpClientName = "api-reference";
    private const string ServiceDocumentPath = "/openapi/v1.json";

    private readonly ConcurrentDictionary<string, (DateTimeOffset FetchedAt, JsonObject Document)> _cache = new(StringComparer.Ordinal);

    /// <summary>The path prefixes the gateway routes to the service's cluster, e.g. <c>/api/policy/</c>.</summary>
    public IReadOnlyCollection<string> RoutedPrefixes(ServiceDocument service) =>
        [.. proxyConfig.GetConfig().Routes
            .Where(route => route.ClusterId == service.ClusterId && route.Match.Path is not null)
            .Select(route => RoutePrefix(route.Match.Path!))];

    /// <summary>The service's document, or null when the service cannot give one now.</summary>
    public async Task<JsonObject?> GetAsync(ServiceDocument service, CancellationToken cancellationToken)
    {
        if (_cache.TryGetValue(service.Name, out var cached) && time.GetUtcNow() - cached.FetchedAt < options.Value.CacheDuration)
        {
            return cached.Document;
        }
        var address = proxyConfig.GetConfig().Clusters.FirstOrDefault(cluster => cluster.ClusterId == service.ClusterId)?
            .Destinations?.Values.FirstOrDefault()?.Address;
        if (address is null)
        {
            return null;
        }
        try
        {
            using var client = httpClients.CreateClient(HttpClientName);
            var document = await client.GetFromJsonAsync<JsonObject>(new Uri(new Uri(address), ServiceDocumentPath), cancellationToken);
            if (document is not null)
            {
                _cache[service.Name] = (time.GetUtcNow(), document);
            }
            return document;
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException or System.Text.Json.JsonException
                                          && !cancellationToken.IsCancellationRequested)
        {
            ApiReferenceLog.DocumentUnavailable(logger, service.Name, address, exception);
            return null;
        }
    }

    /// <summary><c>/api/policy/{**rest}</c> → <c>/api/policy/</c>: the literal part before the first parameter.</summary>
    public static string RoutePrefix(string pattern)
    {
        var parameter = pattern.IndexOf('{', StringComparison.Ordinal);
        return parameter < 0 ? pattern : pattern[..parameter];
    }
}
