using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Qingmeng.ServiceDefaults.Outcomes;

namespace Qingmeng.ServiceDefaults.Problems;

/// <summary>
/// Problem details (RFC 9457) that name the field at fault, the same shape in every service: <c>field</c> and
/// <c>errors</c> (field → messages) beside the title and detail, so a form can put the message next to its input; a
/// refusal that names no field has the message in <c>detail</c> only.
/// </summary>
public static class FieldProblems
{
    public const string InvalidTitle = "请求有误 (The request is malformed).";
    public const string UnprocessableTitle = "不符合业务规则 (The request breaks a business rule.)";
    public const string NotFoundTitle = "未找到 (Not found).";
    public const string ForbiddenTitle = "无权执行此操作 (You may not do this).";
    public const string ConflictTitle = "与现有记录冲突 (This conflicts with what is recorded).";

    /// <summary>A problem with <paramref name="status"/> naming <paramref name="field"/>; <paramref name="more"/> adds members.</summary>
    public static ProblemHttpResult For(
        int status, string field, string message, string title, IEnumerable<KeyValuePair<string, object?>>? more = null)
    {
        var extensions = new Dictionary<string, object?>();
        // A refusal of the whole request (a state conflict, say) names no field: no form input to put the message beside.
        if (field.Length > 0)
        {
            extensions["field"] = field;
            extensions["errors"] = new Dictionary<string, string[]> { [field] = [message] };
        }
        foreach (var (key, value) in more ?? [])
        {
            extensions[key] = value;
        }
        return TypedResults.Problem(title: title, detail: message.Length > 0 ? message : null, statusCode: status, extensions: extensions);
    }

    /// <summary>400: the request itself is malformed in <paramref name="field"/> (a header, a query parameter).</summary>
    public static ProblemHttpResult BadRequest(string field, string message, string title = InvalidTitle) =>
        For(StatusCodes.Status400BadRequest, field, message, title);

    /// <summary>422: well-formed, but the value of <paramref name="field"/> breaks a business rule.</summary>
    public static ProblemHttpResult Unprocessable(string field, string message, string title = UnprocessableTitle) =>
        For(StatusCodes.Status422UnprocessableEntity, field, message, title);

    /// <summary>409: the value of <paramref name="field"/> collides with what is recorded.</summary>
    public static ProblemHttpResult Conflict(string field, string message, string title = ConflictTitle, IEnumerable<KeyValuePair<string, object?>>? more = null) =>
        For(StatusCodes.Status409Conflict, field, message, title, more);

    /// <summary>400 validation problem (<c>errors</c> only) for one field, as model validation reports it.</summary>
    public static ValidationProblem Validation(string field, string message, string? title = null) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] }, title: title);

    /// <summary>The problem a use case's refusal becomes: the status of its kind, its field, message, title and members.</summary>
    public static ProblemHttpResult ToProblem(this Failure failure)
    {
        ArgumentNullException.ThrowIfNull(failure);
        var (status, title) = failure.Kind switch
        {
            FailureKind.Invalid => (StatusCodes.Status400BadRequest, InvalidTitle),
            FailureKind.Unprocessable => (StatusCodes.Status422UnprocessableEntity, UnprocessableTitle),
            FailureKind.NotFound => (StatusCodes.Status404NotFound, NotFoundTitle),
            FailureKind.Forbidden => (StatusCodes.Status403Forbidden, ForbiddenTitle),
            FailureKind.Conflict => (StatusCodes.Status409Conflict, ConflictTitle),
            _ => throw new ArgumentOutOfRangeException(nameof(failure), failure.Kind, "unknown failure kind"),
        };
        return For(status, failure.Field, failure.Message, failure.Title ?? title, failure.Extensions);
    }
}
