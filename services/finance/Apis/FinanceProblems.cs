using Microsoft.AspNetCore.Http.HttpResults;
using Qingmeng.Finance.Model;

namespace Qingmeng.Finance.Apis;

/// <summary>Business-rule failures as problem details naming the field (422) or the current state (409).</summary>
public static class FinanceProblems
{
    public static ProblemHttpResult Unprocessable(string field, string message, string title = "The request breaks a business rule.") =>
        TypedResults.Problem(
            title: title,
            detail: message,
            statusCode: StatusCodes.Status422UnprocessableEntity,
            extensions: new Dictionary<string, object?>
            {
                ["field"] = field,
                ["errors"] = new Dictionary<string, string[]> { [field] = [message] },
            });

    public static ProblemHttpResult StateConflict(Referral referral, string action) => TypedResults.Problem(
        title: $"The referral cannot be {action} in its current state.",
        detail: $"Referral {referral.Number} is {referral.Status}.",
        statusCode: StatusCodes.Status409Conflict,
        extensions: new Dictionary<string, object?> { ["currentState"] = referral.Status.ToString() });

    public static ProblemHttpResult Conflict(string title, string detail, string? currentState = null) => TypedResults.Problem(
        title: title,
        detail: detail,
        statusCode: StatusCodes.Status409Conflict,
        extensions: currentState is null ? null : new Dictionary<string, object?> { ["currentState"] = currentState });
}
