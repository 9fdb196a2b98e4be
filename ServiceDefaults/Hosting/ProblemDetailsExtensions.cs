using System.Diagnostics;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Qingmeng.ServiceDefaults.Validation;

namespace Qingmeng.ServiceDefaults;

public static class ProblemDetailsExtensions
{
    /// <summary>
    /// Every error leaves as RFC 9457 problem details carrying the trace id, titled and explained in Chinese;
    /// malformed bodies are reported field by field; stack traces only in Development.
    /// </summary>
    public static TBuilder AddPlatformProblemDetails<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        builder.Services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
        {
            context.ProblemDetails.Instance ??= $"{context.HttpContext.Request.Method} {context.HttpContext.Request.Path}";
            context.ProblemDetails.Extensions.TryAdd("traceId", Activity.Current?.Id ?? context.HttpContext.TraceIdentifier);
            // The users read Chinese: the framework's English default titles and validation messages get a Chinese text.
            context.ProblemDetails.Title = ChineseProblemTitles.Translate(context.ProblemDetails.Title);
            if (context.ProblemDetails is HttpValidationProblemDetails validation)
            {
                // Name fields as the JSON does (creditCode, not CreditCode), so clients can match them to their input.
                validation.Errors = validation.Errors.ToDictionary(
                    error => JsonNamingPolicy.CamelCase.ConvertName(error.Key),
                    error => error.Value.Select(ChineseValidationMessages.Translate).ToArray());
            }
        });
        builder.Services.AddExceptionHandler<BadRequestExceptionHandler>();
        builder.Services.AddExceptionHandler<UnhandledExceptionHandler>();

        // Throwing lets BadRequestExceptionHandler name the offending field in every environment,
        // instead of the bare 400 minimal APIs write outside Development.
        builder.Services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        return builder;
    }

    public static WebApplication UsePlatformProblemDetails(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        return app;
    }
}
