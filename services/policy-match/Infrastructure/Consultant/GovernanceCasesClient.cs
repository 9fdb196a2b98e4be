using System.Net.Http.Headers;
using System.Net.Http.Json;
using Qingmeng.ServiceDefaults;
using Qingmeng.PolicyMatch.Model.Consultant;
using Qingmeng.PolicyMatch.Operations;

namespace Qingmeng.PolicyMatch.Infrastructure.Consultant;

/// <summary>
/// Reads the asker's own cases from governance with the asker's own token, so governance decides what the asker may
/// see (a firm its own filings, a citizen theirs); policy-match never asks with a token of its own. The address comes
/// from service discovery and the call goes through the platform's standard resilience handler.
/// </summary>
public sealed class GovernanceCasesClient(HttpClient http)
{
    public const int Newest = 5;

    public async Task<GovernanceCasePage> NewestAsync(string bearerToken, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/governance/cases?pageIndex=0&pageSize={Newest}");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearerToken);
        using var response = await http.SendAsync(request, cancellationToken);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<GovernanceCasePage>(PlatformJson.Options, cancellationToken)
            ?? new GovernanceCasePage(0, []);
    }
}

/// <summary>The part of governance's case page that the consultant reads.</summary>
public sealed record GovernanceCasePage(long Count, IReadOnlyList<GovernanceCase> Items);

/// <summary>The part of governance's case view that the consultant shows (status as governance names it).</summary>
public sealed record GovernanceCase(
    Guid Id,
    string Number,
    string Title,
    string Status,
    DateTimeOffset FiledAt,
    DateTimeOffset? CompletionDueAt,
    DateTimeOffset? ClosedAt,
    string? Resolution);
