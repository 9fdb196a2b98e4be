using Microsoft.AspNetCore.Http.HttpResults;
using Qingmeng.ServiceDefaults.Outcomes;
using Qingmeng.ServiceDefaults.Problems;

namespace Qingmeng.Approval.Apis;

/// <summary>The problems the approval use cases' refusals become.</summary>
internal static class ApprovalProblems
{
    /// <summary>
    /// A refusal as a problem: with <c>field</c> and <c>errors</c> when it names a field (a refusal's own <c>errors</c>
    /// member lists several messages), otherwise the title, detail (when there is one) and members alone.
    /// </summary>
    public static ProblemHttpResult ToProblem(Failure failure)
    {
        ArgumentNullException.ThrowIfNull(failure);
        if (failure.Field.Length > 0)
        {
            return failure.ToProblem();
        }
        var (status, title) = failure.Kind switch
        {
            FailureKind.Invalid => (StatusCodes.Status400BadRequest, FieldProblems.InvalidTitle),
            FailureKind.Unprocessable => (StatusCodes.Status422UnprocessableEntity, FieldProblems.UnprocessableTitle),
            FailureKind.NotFound => (StatusCodes.Status404NotFound, FieldProblems.NotFoundTitle),
            FailureKind.Forbidden => (StatusCodes.Status403Forbidden, FieldProblems.ForbiddenTitle),
            _ => (StatusCodes.Status409Conflict, FieldProblems.ConflictTitle),
        };
        return TypedResults.Problem(
            title: failure.Title ?? title,
            detail: failure.Message.Length > 0 ? failure.Message : null,
            statusCode: status,
            extensions: failure.Extensions.Count > 0 ? failure.Extensions : null);
    }
}
