using Microsoft.AspNetCore.Http.HttpResults;
using Qingmeng.Approval.Model;

namespace Qingmeng.Approval.Apis;

internal static class ApprovalProblems
{
    /// <summary>409 for a state conflict (naming the current state), 422 for a broken rule (naming the field).</summary>
    public static ProblemHttpResult From(TransitionRefusal refusal, ApprovalTaskStatus current)
    {
        var extensions = new Dictionary<string, object?> { ["currentState"] = current.ToString() };
        if (refusal.Field is { } field)
        {
            extensions["field"] = field;
            extensions["errors"] = new Dictionary<string, string[]> { [field] = refusal.Items is { Count: > 0 } items ? [.. items] : [refusal.Detail] };
        }
        return TypedResults.Problem(
            title: refusal.Title,
            detail: refusal.Detail,
            statusCode: refusal.IsStateConflict ? StatusCodes.Status409Conflict : StatusCodes.Status422UnprocessableEntity,
            extensions: extensions);
    }

    public static ProblemHttpResult Field(int status, string title, string field, params string[] messages) => TypedResults.Problem(
        title: title,
        detail: string.Join(" ", messages),
        statusCode: status,
        extensions: new Dictionary<string, object?>
        {
            ["field"] = field,
            ["errors"] = new Dictionary<string, string[]> { [field] = messages },
        });

    public static ProblemHttpResult Errors(int status, string title, IReadOnlyDictionary<string, string[]> errors) => TypedResults.Problem(
        title: title,
        detail: string.Join(" ", errors.SelectMany(e => e.Value)),
        statusCode: status,
        extensions: new Dictionary<string, object?> { ["errors"] = errors, ["field"] = errors.Keys.First() });
}
