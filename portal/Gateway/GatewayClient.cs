using System.Net.Http.Json;
using System.Runtime.CompilerServices;
using System.Text.Json;

namespace Qingmeng.Portal.Gateway;

/// <summary>
/// The platform's API as the signed-in user sees it: every call goes to the gateway with the user's access token
/// (<see cref="AccessTokenHandler"/>). Answers are kept as JSON: the pages show what the services return.
/// </summary>
public sealed class GatewayClient(HttpClient http)
{
    public async Task<ApiResult> GetAsync(string path, CancellationToken cancellationToken = default)
    {
        using var response = await http.GetAsync(path, cancellationToken);
        return await ReadAsync(response, cancellationToken);
    }

    public async Task<ApiResult> PostAsync(string path, object? body = null, string? idempotencyKey = null, CancellationToken cancellationToken = default)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path)
        {
            Content = body is null ? null : JsonContent.Create(body, options: PortalJson.Options),
        };
        if (idempotencyKey is not null)
        {
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        }
        using var response = await http.SendAsync(request, cancellationToken);
        return await ReadAsync(response, cancellationToken);
    }

    /// <summary>Server-sent events as they arrive: each event's data, parsed.</summary>
    public async IAsyncEnumerable<JsonElement> StreamAsync(string path, object body, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body, options: PortalJson.Options) };
        request.Headers.Accept.ParseAdd("text/event-stream");
        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            var problem = ApiResult.DescribeProblem(response.StatusCode, await response.Content.ReadAsStringAsync(cancellationToken));
            throw new GatewayException(problem);
        }
        await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
        using var reader = new StreamReader(stream);
        var data = new System.Text.StringBuilder();
        while (await reader.ReadLineAsync(cancellationToken) is { } line)
        {
            if (line.Length == 0)
            {
                if (data.Length > 0)
                {
                    yield return JsonDocument.Parse(data.ToString()).RootElement.Clone();
                    data.Clear();
                }
                continue;
            }
            if (line.StartsWith("data:", StringComparison.Ordinal))
            {
                data.Append(line.AsSpan(5).TrimStart(' '));
            }
        }
        if (data.Length > 0)
        {
            yield return JsonDocument.Parse(data.ToString()).RootElement.Clone();
        }
    }

    private static async Task<ApiResult> ReadAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        if (response.IsSuccessStatusCode)
        {
            var body = text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
            return new ApiResult(response.StatusCode, body, null);
        }
        return new ApiResult(response.StatusCode, default, ApiResult.DescribeProblem(response.StatusCode, text));
    }
}

public sealed class GatewayException(string message) : Exception(message);

internal static class PortalJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);
}
