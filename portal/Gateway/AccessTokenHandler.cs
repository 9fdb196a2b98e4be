using System.Net.Http.Headers;
using Microsoft.AspNetCore.Authentication;

namespace Qingmeng.Portal.Gateway;

/// <summary>Adds the signed-in user's access token (saved in the portal's session at sign-in) to every call to the gateway.</summary>
public sealed class AccessTokenHandler(IHttpContextAccessor httpContextAccessor) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (httpContextAccessor.HttpContext is { } http && await http.GetTokenAsync("access_token") is { Length: > 0 } token)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }
        return await base.SendAsync(request, cancellationToken);
    }
}

/// <summary>
/// Sends the portal's own calls to the identity service (discovery, keys, the code exchange) to its internal address,
/// whatever public host the discovery document names: the public address may not be reachable from inside.
/// </summary>
public sealed class InternalIdentityHandler(Uri publicIssuer, Uri internalAuthority) : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.RequestUri is { IsAbsoluteUri: true } uri
            && string.Equals(uri.GetLeftPart(UriPartial.Authority), publicIssuer.GetLeftPart(UriPartial.Authority), StringComparison.OrdinalIgnoreCase))
        {
            request.RequestUri = new Uri(internalAuthority, uri.PathAndQuery);
        }
        return base.SendAsync(request, cancellationToken);
    }
}
