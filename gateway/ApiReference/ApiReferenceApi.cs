using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Qingmeng.ServiceDefaults;
using Scalar.AspNetCore;

namespace Qingmeng.Gateway.ApiReference;

/// <summary>
/// One API reference for partner systems and API users: <c>/docs</c> shows every service's document, each fetched
/// through the gateway at <c>/openapi/services/{name}.json</c> and addressed to the gateway, so no service address is needed.
/// </summary>
public static class ApiReferenceApi
{
    public const string DocsPath = "/docs";
    public const string DocumentRoutePattern = "/openapi/services/{documentName}.json";

    public static IHostApplicationBuilder AddApiReference(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<ApiReferenceOptions>().BindConfiguration(ApiReferenceOptions.SectionName);
        builder.Services.AddHttpClient(ServiceDocumentSource.HttpClientName);
        builder.Services.AddSingleton<ServiceDocumentSource>();
        return builder;
    }

    public static WebApplication MapApiReference(this WebApplication app)
    {
        app.MapGet(DocumentRoutePattern, GetDocumentAsync).ExcludeFromDescription();
        app.MapScalarApiReference(DocsPath, (options, context) =>
        {
            var reference = context.RequestServices.GetRequiredService<IOptions<ApiReferenceOptions>>().Value;
            var baseUrl = context.Request.PublicUrl("");
            options.WithTitle("清濛 API 参考 · Qingmeng API reference")
                .WithOpenApiRoutePattern(DocumentRoutePattern)
                .DisableDefaultFonts()
                .DisableTelemetry()
                .DisableAgent()
                .DisableMcp()
                .AddPreferredSecuritySchemes(GatewayDocumentRewriter.OAuthScheme)
                .AddAuthorizationCodeFlow(GatewayDocumentRewriter.OAuthScheme, flow => flow
                    .WithClientId(reference.ClientId)
                    .WithPkce(Pkce.Sha256)
                    .WithRedirectUri(baseUrl + DocsPath)
                    .WithSelectedScopes(["openid", "profile"]));
            foreach (var document in ServiceDocuments.All)
            {
                options.AddDocument(document.Name, document.Title, isDefault: document.Name == "governance");
            }
        }).ExcludeFromDescription();
        return app;
    }

    public static async Task<Results<ContentHttpResult, ProblemHttpResult>> GetDocumentAsync(
        string documentName, HttpContext context, ServiceDocumentSource source, CancellationToken cancellationToken)
    {
        if (ServiceDocuments.Find(documentName) is not { } service)
        {
            return TypedResults.Problem(
                title: "没有这份接口文档 (No such API document)",
                detail: $"可用的文档：{string.Join("、", ServiceDocuments.All.Select(d => d.Name))}。",
                statusCode: StatusCodes.Status404NotFound,
                extensions: new Dictionary<string, object?> { ["errors"] = new Dictionary<string, string[]> { ["documentName"] = [$"未知的文档 {documentName}"] } });
        }
        if (await source.GetAsync(service, cancellationToken) is not { } serviceDocument)
        {
            return TypedResults.Problem(
                title: "接口文档暂不可用 (API document unavailable)",
                detail: $"{service.Title} 暂时无法提供接口文档，请稍后再试。",
                statusCode: StatusCodes.Status503ServiceUnavailable);
        }
        var document = GatewayDocumentRewriter.Rewrite(serviceDocument, service, context.Request.PublicUrl(""), source.RoutedPrefixes(service));
        return TypedResults.Content(document.ToJsonString(), "application/json; charset=utf-8");
    }
}
