using System.Text.RegularExpressions;
using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;

namespace Qingmeng.ServiceDefaults;

/// <summary>
/// Turns request-binding failures (malformed JSON, wrong types, missing body, oversize body)
/// into validation problem details that name the field.
/// </summary>
internal sealed partial class BadRequestExceptionHandler(IProblemDetailsService problemDetails) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not BadHttpRequestException badRequest)
        {
            return false;
        }

        var (field, message) = Describe(badRequest);
        httpContext.Response.StatusCode = badRequest.StatusCode;
        var problem = new HttpValidationProblemDetails(new Dictionary<string, string[]> { [field] = [message] })
        {
            Status = badRequest.StatusCode,
            Title = badRequest.StatusCode == StatusCodes.Status413PayloadTooLarge
                ? "The request body is too large."
                : "The request could not be read.",
        };
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = problem,
            Exception = exception,
        });
    }

    private static (string Field, string Message) Describe(BadHttpRequestException exception)
    {
        if (exception.InnerException is JsonException json)
        {
            var field = string.IsNullOrEmpty(json.Path) || json.Path == "$" ? "$" : json.Path.TrimStart('$', '.');
            return (field, json.Message.Split(" Path:", 2)[0]);
        }

        if (exception.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return ("$", "The request body exceeds the size limit.");
        }

        // Binding messages quote the parameter: 'Failed to bind parameter "Guid id" from "abc".'
        var parameter = QuotedParameter().Match(exception.Message);
        return (parameter.Success ? parameter.Groups["name"].Value : "$", exception.Message);
    }

    [GeneratedRegex("parameter \"(?:[^\"]*\\s)?(?<name>[A-Za-z_][A-Za-z0-9_]*)\"")]
    private static partial Regex QuotedParameter();
}
