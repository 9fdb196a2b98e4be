using System.Net;
using System.Text.Json;

namespace Qingmeng.Portal.Gateway;

/// <summary>What the gateway answered: the JSON body when it succeeded, otherwise the problem's words for the page to show.</summary>
public sealed record ApiResult(HttpStatusCode Status, JsonElement Body, string? Problem)
{
    public bool Succeeded => (int)Status is >= 200 and < 300;

    public bool SignInNeeded => Status == HttpStatusCode.Unauthorized;

    /// <summary>The <c>items</c> of a page (or the array itself), empty when there is nothing to show.</summary>
    public IReadOnlyList<JsonElement> Items =>
        !Succeeded ? []
        : Body.ValueKind == JsonValueKind.Array ? [.. Body.EnumerateArray()]
        : Body.ValueKind == JsonValueKind.Object && Body.TryGetProperty("items", out var items) && items.ValueKind == JsonValueKind.Array ? [.. items.EnumerateArray()]
        : [];

    /// <summary>A problem's title, detail and each field's message, Chinese first as the services write them.</summary>
    public static string DescribeProblem(HttpStatusCode status, string body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            var parts = new List<string>();
            if (root.TryGetProperty("title", out var title) && title.ValueKind == JsonValueKind.String)
            {
                parts.Add(title.GetString()!);
            }
            if (root.TryGetProperty("detail", out var detail) && detail.ValueKind == JsonValueKind.String)
            {
                parts.Add(detail.GetString()!);
            }
            if (root.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Object)
            {
                foreach (var field in errors.EnumerateObject())
                {
                    var messages = field.Value.ValueKind == JsonValueKind.Array
                        ? string.Join("；", field.Value.EnumerateArray().Select(m => m.ToString()))
                        : field.Value.ToString();
                    parts.Add($"{field.Name}: {messages}");
                }
            }
            if (parts.Count > 0)
            {
                return string.Join(" — ", parts);
            }
        }
        catch (JsonException)
        {
            // Not a problem document: fall through to the status alone.
        }
        return status switch
        {
            HttpStatusCode.Unauthorized => "登录已过期，请重新登录 (please sign in again)",
            HttpStatusCode.Forbidden => "无权执行此操作 (not allowed)",
            HttpStatusCode.NotFound => "未找到 (not found)",
            HttpStatusCode.TooManyRequests => "请求过于频繁，请稍后再试 (too many requests)",
            _ => $"服务暂不可用 (the platform answered {(int)status})",
        };
    }
}
