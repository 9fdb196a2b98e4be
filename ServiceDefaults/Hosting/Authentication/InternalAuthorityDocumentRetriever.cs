using Microsoft.IdentityModel.Protocols;

namespace Qingmeng.ServiceDefaults.Authentication;

/// <summary>
/// Fetches the discovery document and JWKS from the identity service's internal address, whatever public
/// host the documents name (they carry the public issuer, which may not be reachable from inside).
/// </summary>
internal sealed class InternalAuthorityDocumentRetriever(HttpClient http, Uri authority) : IDocumentRetriever
{
    public async Task<string> GetDocumentAsync(string address, CancellationToken cancel)
    {
        var requested = new Uri(address, UriKind.Absolute);
        var internalAddress = new Uri(authority, requested.PathAndQuery);
        using var response = await http.GetAsync(internalAddress, cancel);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadAsStringAsync(cancel);
    }
}
