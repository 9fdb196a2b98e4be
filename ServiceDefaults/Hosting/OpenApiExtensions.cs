using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.OpenApi;
using Scalar.AspNetCore;

namespace Qingmeng.ServiceDefaults;

public static class OpenApiExtensions
{
    /// <summary>The scheme every service's document names for its bearer tokens (issued by the identity service).</summary>
    public const string BearerScheme = "Bearer";

    public static TBuilder AddPlatformOpenApi<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        builder.Services.AddOpenApi(options =>
        {
            options.AddDocumentTransformer((document, _, _) =>
            {
                document.Components ??= new OpenApiComponents();
                document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
                document.Components.SecuritySchemes[BearerScheme] = new OpenApiSecurityScheme
                {
                    Type = SecuritySchemeType.Http,
                    Scheme = "bearer",
                    BearerFormat = "JWT",
                    Description = "身份服务签发的访问令牌 (an access token from the identity service)",
                };
                return Task.CompletedTask;
            });
            // Clients (and "try it" in the reference) must know which operations need a token.
            options.AddOperationTransformer((operation, context, _) =>
            {
                if (RequiresAuthorization(context.Description.ActionDescriptor.EndpointMetadata))
                {
                    operation.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(BearerScheme, context.Document)] = [] }];
                }
                return Task.CompletedTask;
            });
        });
        return builder;
    }

    /// <summary>Whether an endpoint with this metadata needs an authenticated caller.</summary>
    public static bool RequiresAuthorization(IEnumerable<object> metadata)
    {
        var list = metadata as IReadOnlyCollection<object> ?? [.. metadata];
        return !list.OfType<IAllowAnonymous>().Any() && list.Any(m => m is IAuthorizeData or AuthorizationPolicy);
    }

    /// <summary>The document at /openapi/v1.json in every environment; the browsable UI (/scalar) only in Development.</summary>
    public static WebApplication MapPlatformOpenApi(this WebApplication app)
    {
        app.MapOpenApi();
        if (app.Environment.IsDevelopment())
        {
            app.MapScalarApiReference();
        }
        return app;
    }
}
