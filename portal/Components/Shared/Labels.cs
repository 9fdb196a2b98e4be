using System.Globalization;
using System.Text.Json;

namespace Qingmeng.Portal.Components.Shared;

/// <summary>Chinese words for the platform's codes, and the JSON reading the pages share.</summary>
public static class Labels
{
    private static readonly TimeZoneInfo China = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    public static string CaseStatus(string? status) => status switch
    {
        "Accepted" => "已受理",
        "Dispatched" => "已派单",
        "Returned" => "已退单",
        "InProgress" => "办理中",
        "AwaitingCoHandlers" => "待协办反馈",
        "Closed" => "已办结",
        "FollowedUp" => "已回访",
        _ => status ?? "",
    };

    public static string AssistanceStatus(string? status) => status switch
    {
        "Submitted" => "已受理",
        "Approved" => "已批准",
        "Rejected" => "不予批准",
        "Paid" => "已发放",
        _ => status ?? "",
    };

    public static string Outcome(string? outcome) => outcome switch
    {
        "Met" => "符合",
        "NotMet" => "不符合",
        "Unknown" => "待补充",
        _ => outcome ?? "",
    };

    public static string ClaimStatus(string? status) => status switch
    {
        "Offered" => "免申即享，待确认",
        "Submitted" => "已申报，审核中",
        "Paid" => "已兑现",
        "Rejected" => "未通过",
        "Declined" => "已放弃",
        _ => status ?? "",
    };

    /// <summary>The filer's rating of the answer, five first (3 and up count as satisfied; 1–2 reopen the case).</summary>
    public static readonly (int Stars, string Label)[] Ratings =
    [
        (5, "非常满意"),
        (4, "满意"),
        (3, "基本满意"),
        (2, "不满意"),
        (1, "非常不满意"),
    ];

    public static string Rating(int stars) => Ratings.Where(r => r.Stars == stars).Select(r => r.Label).FirstOrDefault() ?? "";

    public static readonly (string Code, string Label)[] ReturnReasons =
    [
        ("NotOurResponsibility", "非本部门职责"),
        ("OutsideJurisdiction", "不属本辖区"),
        ("InsufficientInformation", "信息不全"),
        ("AlreadyHandled", "已办理"),
        ("InLegalProceedings", "已进入法律程序"),
    ];

    public static string Str(this JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null
            ? value.ValueKind == JsonValueKind.String ? value.GetString()! : value.ToString()
            : "";

    public static JsonElement Prop(this JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) ? value : default;

    public static IEnumerable<JsonElement> Array(this JsonElement element, string name) =>
        element.Prop(name) is { ValueKind: JsonValueKind.Array } array ? array.EnumerateArray() : [];

    public static decimal? Number(this JsonElement element, string name) =>
        element.Prop(name) is { ValueKind: JsonValueKind.Number } number ? number.GetDecimal() : null;

    public static string Yuan(decimal? amount) =>
        amount is { } value ? value.ToString("#,0.##", CultureInfo.InvariantCulture) + " 元" : "—";

    /// <summary>An instant as a China-time date and minute, the way officers and citizens read deadlines.</summary>
    public static string When(this JsonElement element, string name) =>
        element.Prop(name) is { ValueKind: JsonValueKind.String } value && DateTimeOffset.TryParse(value.GetString(), CultureInfo.InvariantCulture, out var at)
            ? TimeZoneInfo.ConvertTime(at, China).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)
            : element.Str(name);
}
