using Qingmeng.ServiceDefaults.Validation;

namespace Qingmeng.ServiceDefaults;

/// <summary>
/// Chinese titles for the English ones ASP.NET Core fills in by status code (TypedResults.NotFound(), a 403 from
/// authorization, a validation problem…), so every problem a user sees opens in Chinese.
/// </summary>
public static class ChineseProblemTitles
{
    public const string Validation = "请求参数有误 (One or more validation errors occurred.)";

    private static readonly Dictionary<string, string> Titles = new(StringComparer.Ordinal)
    {
        ["One or more validation errors occurred."] = Validation,
        ["Bad Request"] = "请求有误 (Bad Request)",
        ["Unauthorized"] = "未登录或登录已失效 (Unauthorized)",
        ["Forbidden"] = "无权执行此操作 (Forbidden)",
        ["Not Found"] = "未找到 (Not Found)",
        ["Method Not Allowed"] = "不支持该请求方法 (Method Not Allowed)",
        ["Not Acceptable"] = "无法提供所要求的格式 (Not Acceptable)",
        ["Request Timeout"] = "请求超时 (Request Timeout)",
        ["Conflict"] = "与当前状态冲突 (Conflict)",
        ["Precondition Failed"] = "前提条件不满足 (Precondition Failed)",
        ["Unsupported Media Type"] = "不支持的内容类型 (Unsupported Media Type)",
        ["Unprocessable Entity"] = "请求内容无法处理 (Unprocessable Entity)",
        ["Too Many Requests"] = "请求过于频繁 (Too Many Requests)",
        ["An error occurred while processing your request."] = "服务器处理请求时出错 (An error occurred while processing your request.)",
        ["Bad Gateway"] = "上游服务出错 (Bad Gateway)",
        ["Service Unavailable"] = "服务暂不可用 (Service Unavailable)",
        ["Gateway Timeout"] = "上游服务超时 (Gateway Timeout)",
    };

    /// <summary>The Chinese title for one of ASP.NET Core's defaults; any other title (the services write their own in Chinese) unchanged.</summary>
    public static string? Translate(string? title) =>
        title is null || ChineseValidationMessages.ContainsChinese(title) ? title
        : Titles.TryGetValue(title, out var chinese) ? chinese
        : title;
}
