using Microsoft.AspNetCore.Http.HttpResults;
using Qingmeng.Finance.Model;

namespace Qingmeng.Finance.Apis;

/// <summary>Business-rule failures as problem details naming the field (422) or the current state (409).</summary>
public static class FinanceProblems
{
    public static ProblemHttpResult Unprocessable(string field, string message, string title = "不符合业务规则 (The request breaks a business rule.)") =>
        TypedResults.Problem(
            title: title,
            detail: message,
            statusCode: StatusCodes.Status422UnprocessableEntity,
            extensions: new Dictionary<string, object?>
            {
                ["field"] = field,
                ["errors"] = new Dictionary<string, string[]> { [field] = [message] },
            });

    /// <summary>400: the request itself is malformed in <paramref name="field"/> (e.g. a header).</summary>
    public static ProblemHttpResult BadRequest(string field, string message, string title = "请求有误 (The request is malformed).") =>
        TypedResults.Problem(
            title: title,
            detail: message,
            statusCode: StatusCodes.Status400BadRequest,
            extensions: new Dictionary<string, object?>
            {
                ["field"] = field,
                ["errors"] = new Dictionary<string, string[]> { [field] = [message] },
            });

    /// <summary>409 naming the field whose value collides with what is already recorded.</summary>
    public static ProblemHttpResult FieldConflict(string field, string title, string message, IDictionary<string, object?>? more = null)
    {
        var extensions = new Dictionary<string, object?>
        {
            ["field"] = field,
            ["errors"] = new Dictionary<string, string[]> { [field] = [message] },
        };
        foreach (var (key, value) in more ?? new Dictionary<string, object?>())
        {
            extensions[key] = value;
        }
        return TypedResults.Problem(title: title, detail: message, statusCode: StatusCodes.Status409Conflict, extensions: extensions);
    }

    public static ProblemHttpResult StateConflict(Referral referral, string action) => TypedResults.Problem(
        title: $"转介在当前状态下不能执行此操作 (the referral cannot be {action} in its current state)",
        detail: $"转介 {referral.Number} 当前为 {referral.Status} (referral {referral.Number} is {referral.Status})",
        statusCode: StatusCodes.Status409Conflict,
        extensions: new Dictionary<string, object?> { ["currentState"] = referral.Status.ToString() });

    public static ProblemHttpResult Conflict(string title, string detail, string? currentState = null) => TypedResults.Problem(
        title: title,
        detail: detail,
        statusCode: StatusCodes.Status409Conflict,
        extensions: currentState is null ? null : new Dictionary<string, object?> { ["currentState"] = currentState });
}
