using Microsoft.Extensions.Options;

namespace Qingmeng.Gateway.Extensions;

/// <summary>Rejects a declared oversize body with a 413 problem before any byte is forwarded.</summary>
internal sealed class RequestBodyLimitMiddleware(RequestDelegate next, IOptions<GatewayOptions> options, IProblemDetailsService problems)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var limit = options.Value.MaxRequestBodyBytes;
        if (context.Request.ContentLength > limit)
        {
            context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            await problems.WriteAsync(new ProblemDetailsContext
            {
                HttpContext = context,
                ProblemDetails =
                {
                    Status = StatusCodes.Status413PayloadTooLarge,
                    Title = "The request body is too large.",
                    Detail = $"The body has {context.Request.ContentLength} bytes; the limit is {limit}.",
                },
            });
            return;
        }
        await next(context);
    }
}
