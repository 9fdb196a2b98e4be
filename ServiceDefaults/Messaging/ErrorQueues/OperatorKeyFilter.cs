using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace Qingmeng.ServiceDefaults.Messaging.ErrorQueues;

/// <summary>Operator settings, bound from the <c>Operators</c> section.</summary>
public sealed class OperatorOptions
{
    public const string SectionName = "Operators";
    public const string HeaderName = "X-Operator-Key";

    /// <summary>The shared key operators present; when unset, operator endpoints refuse everyone.</summary>
    public string? ApiKey { get; set; }
}

/// <summary>Admits a request only with the configured operator key (compared in constant time).</summary>
internal sealed class OperatorKeyFilter(IOptions<OperatorOptions> options) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var expected = options.Value.ApiKey;
        var presented = context.HttpContext.Request.Headers[OperatorOptions.HeaderName].ToString();
        if (string.IsNullOrEmpty(expected) || string.IsNullOrEmpty(presented) ||
            !CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(expected), Encoding.UTF8.GetBytes(presented)))
        {
            return TypedResults.Problem(
                title: "Operator key required",
                detail: $"Send the operator key in the {OperatorOptions.HeaderName} header.",
                statusCode: StatusCodes.Status401Unauthorized);
        }
        return await next(context);
    }
}
