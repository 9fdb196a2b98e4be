using System.Reflection;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Qingmeng.ServiceDefaults.Tests.Problems;

/// <summary>The platform's problem-details services, as a service registers them, without a server.</summary>
internal static class ProblemDetailsHost
{
    public static ServiceProvider Services()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.AddPlatformJson();
        builder.AddPlatformProblemDetails();
        return builder.Services.BuildServiceProvider();
    }

    /// <summary>Runs <paramref name="problem"/> through the platform's customization, as every problem written is.</summary>
    public static T Customize<T>(T problem) where T : Microsoft.AspNetCore.Mvc.ProblemDetails
    {
        using var services = Services();
        var options = services.GetRequiredService<IOptions<ProblemDetailsOptions>>().Value;
        options.CustomizeProblemDetails!(new ProblemDetailsContext { HttpContext = new DefaultHttpContext { RequestServices = services }, ProblemDetails = problem });
        return problem;
    }

    /// <summary>What the exception handlers answer when binding <paramref name="handler"/>'s parameters threw <paramref name="exception"/>.</summary>
    public static async Task<(int Status, JsonElement Body)> HandleAsync(Exception exception, MethodInfo handler)
    {
        await using var services = Services();
        var context = new DefaultHttpContext { RequestServices = services };
        context.Request.Method = "GET";
        context.Request.Path = "/test";
        context.Response.Body = new MemoryStream();
        context.SetEndpoint(new Endpoint(_ => Task.CompletedTask, new EndpointMetadataCollection(handler), "test"));
        foreach (var exceptionHandler in services.GetServices<IExceptionHandler>())
        {
            if (await exceptionHandler.TryHandleAsync(context, exception, CancellationToken.None))
            {
                break;
            }
        }
        context.Response.Body.Position = 0;
        return (context.Response.StatusCode, (await JsonDocument.ParseAsync(context.Response.Body)).RootElement.Clone());
    }
}
