using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Scalar.AspNetCore;

namespace Qingmeng.ServiceDefaults;

public static class OpenApiExtensions
{
    public static TBuilder AddPlatformOpenApi<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        builder.Services.AddOpenApi();
        return builder;
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
