using Microsoft.AspNetCore.Http.HttpResults;
using Qingmeng.Portal.Extensions;
using Qingmeng.Portal.Gateway;

namespace Qingmeng.Portal.Apis;

/// <summary>
/// The portal's forms post to small handlers that call the gateway and send the browser back to the page (post, redirect,
/// get), with what happened in the query: <c>done</c> on success, <c>error</c> with the platform's problem otherwise.
/// </summary>
internal static class ActionResults
{
    public static RedirectHttpResult Back(string? returnUrl, ApiResult result, string doneMessage, string? successUrl = null)
    {
        if (result.SignInNeeded)
        {
            return TypedResults.Redirect($"/account/login?returnUrl={Uri.EscapeDataString(Extensions.Extensions.LocalPath(returnUrl))}");
        }
        var target = result.Succeeded && successUrl is not null ? successUrl : Extensions.Extensions.LocalPath(returnUrl);
        var (key, message) = result.Succeeded ? ("done", doneMessage) : ("error", result.Problem ?? "操作失败 (failed)");
        var separator = target.Contains('?', StringComparison.Ordinal) ? '&' : '?';
        return TypedResults.Redirect($"{target}{separator}{key}={Uri.EscapeDataString(message)}");
    }

    public static string? Text(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
