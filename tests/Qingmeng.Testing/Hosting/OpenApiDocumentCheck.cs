using System.Net;
using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.OpenApi;
using Microsoft.OpenApi.Reader;
using Qingmeng.ServiceDefaults;
using Xunit;

namespace Qingmeng.Testing.Hosting;

/// <summary>
/// A service's OpenAPI document loads, parses, and describes every endpoint the service maps: its operation,
/// security for authorized endpoints, request body, responses, and problem details for the 4xx it declares.
/// </summary>
public static partial class OpenApiDocumentCheck
{
    public static async Task AssertDescribesEveryEndpointAsync(IServiceProvider services, HttpClient anonymous)
    {
        var response = await anonymous.GetAsync("/openapi/v1.json");
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"/openapi/v1.json: {(int)response.StatusCode} {text[..Math.Min(text.Length, 2000)]}");

        var read = OpenApiDocument.Parse(text, OpenApiConstants.Json, new OpenApiReaderSettings());
        Assert.True(read.Diagnostic is null || read.Diagnostic.Errors.Count == 0,
            string.Join(Environment.NewLine, read.Diagnostic?.Errors.Select(e => $"{e.Pointer}: {e.Message}") ?? []));
        var document = read.Document!;

        var endpoints = services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<MethodInfo>() is not null
                && e.Metadata.GetMetadata<IExcludeFromDescriptionMetadata>() is not { ExcludeFromDescription: true }
                && e.Metadata.GetMetadata<IHttpMethodMetadata>() is not null)
            .ToList();
        Assert.NotEmpty(endpoints);

        var missing = new List<string>();
        foreach (var endpoint in endpoints)
        {
            var path = "/" + RouteConstraint().Replace(endpoint.RoutePattern.RawText!.TrimStart('/'), "}").TrimEnd('/');
            path = path == "/" ? "/" : path;
            foreach (var method in endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()!.HttpMethods)
            {
                var name = $"{method} {path}";
                if (document.Paths?.TryGetValue(path, out var item) != true || item!.Operations?.TryGetValue(new HttpMethod(method), out var operation) != true)
                {
                    missing.Add($"{name}: no operation");
                    continue;
                }
                if (OpenApiExtensions.RequiresAuthorization(endpoint.Metadata) && operation!.Security is not { Count: > 0 })
                {
                    missing.Add($"{name}: authorized, but no security requirement");
                }
                if (endpoint.Metadata.GetMetadata<IAcceptsMetadata>() is { RequestType: not null } && operation!.RequestBody is null)
                {
                    missing.Add($"{name}: takes a body, but documents none");
                }
                if (operation!.Responses is not { Count: > 0 })
                {
                    missing.Add($"{name}: no responses");
                    continue;
                }
                foreach (var declared in endpoint.Metadata.OfType<IProducesResponseTypeMetadata>().Where(p => p.StatusCode is >= 400 and < 500))
                {
                    var status = declared.StatusCode.ToString(System.Globalization.CultureInfo.InvariantCulture);
                    if (!operation.Responses.TryGetValue(status, out var documented))
                    {
                        missing.Add($"{name}: declares {status}, not documented");
                    }
                    else if (declared.ContentTypes.Contains("application/problem+json")
                        && documented.Content?.ContainsKey("application/problem+json") != true)
                    {
                        missing.Add($"{name}: {status} is problem details, documented without application/problem+json");
                    }
                }
            }
        }
        Assert.True(missing.Count == 0, string.Join(Environment.NewLine, missing));
    }

    /// <summary>In Development the browsable reference at /scalar serves a page that loads this document.</summary>
    public static async Task AssertReferencePageLoadsAsync(HttpClient anonymous)
    {
        var response = await anonymous.GetAsync("/scalar/v1");
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"/scalar/v1: {(int)response.StatusCode}");
        Assert.Contains("openapi", text, StringComparison.OrdinalIgnoreCase);
    }

    // "{id:guid}" → "{id}", "{code:regex(...)}" → "{code}", as the document names path parameters.
    [GeneratedRegex(@"(?<=\{[^{}:]+)(:[^{}]*(\{[^{}]*\}[^{}]*)*)?\??\}")]
    private static partial Regex RouteConstraint();
}
