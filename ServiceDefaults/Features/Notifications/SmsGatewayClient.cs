using System.Net.Http.Json;
using Microsoft.Extensions.Options;

namespace Qingmeng.ServiceDefaults.Notifications;

/// <summary>Submits one SMS to the MAS-style gateway; the key doubles as the gateway's request id, so its own de-duplication agrees with ours.</summary>
internal sealed class SmsGatewayClient(HttpClient http, IOptions<NotificationOptions> options)
{
    public const string HttpClientName = "sms-gateway";

    public bool IsConfigured => options.Value.SmsGateway.Endpoint is not null;

    public async Task SubmitAsync(string mobile, string text, string requestId, CancellationToken cancellationToken)
    {
        var gateway = options.Value.SmsGateway;
        using var request = new HttpRequestMessage(HttpMethod.Post, gateway.Endpoint)
        {
            Content = JsonContent.Create(new { mobiles = new[] { mobile }, content = gateway.Signature + text, requestId }, options: PlatformJson.Options),
        };
        if (gateway.ApiKey is { Length: > 0 } apiKey)
        {
            request.Headers.Authorization = new("Bearer", apiKey);
        }
        using var response = await http.SendAsync(request, cancellationToken);
        response.EnsureSuccessStatusCode();
    }
}
