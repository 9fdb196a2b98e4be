using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Qingmeng.Governance.Application;
using Qingmeng.Governance.Model;
using Qingmeng.ServiceDefaults.Authentication;
using Qingmeng.ServiceDefaults.Outcomes;

namespace Qingmeng.Governance.Apis;

/// <summary>
/// Governance's refusals as problem details, in the shape its clients know: a case rule is the problem's title (no detail),
/// with <c>field</c> and <c>errors</c> when it names a field; a titled refusal (a state conflict) carries its message as the detail.
/// </summary>
public static class CaseProblems
{
    public static ProblemHttpResult From(Failure failure)
    {
        ArgumentNullException.ThrowIfNull(failure);
        var extensions = new Dictionary<string, object?>();
        if (failure.Field.Length > 0)
        {
            extensions["field"] = failure.Field;
            extensions["errors"] = new Dictionary<string, string[]> { [failure.Field] = [failure.Message] };
        }
        foreach (var (member, value) in failure.Extensions)
        {
            extensions[member] = value;
        }
        return failure.Title is { } title
            ? TypedResults.Problem(title: title, detail: failure.Message, statusCode: StatusOf(failure.Kind), extensions: extensions)
            : TypedResults.Problem(title: failure.Message, statusCode: StatusOf(failure.Kind), extensions: extensions);
    }

    public static ProblemHttpResult From(CaseRuleException rule) => From(CaseRefusals.From(rule));

    /// <summary>Runs the transition for the caller and answers with the case as they see it, a bare 404, or the problem.</summary>
    public static async Task<Results<Ok<CaseView>, NotFound, ProblemHttpResult>> AnswerAsync(
        this CaseTransitions transitions, Guid id, ClaimsPrincipal principal, string auditAction, CaseTransitions.Transition transition,
        CancellationToken cancellationToken)
    {
        var user = PlatformUser.From(principal);
        var outcome = await transitions.ApplyAsync(id, user, auditAction, transition, cancellationToken);
        if (outcome.Succeeded)
        {
            return TypedResults.Ok(CaseView.From(outcome.Value, user, transitions.Calendar));
        }
        return outcome.Failure == CaseRefusals.CaseNotFound ? TypedResults.NotFound() : From(outcome.Failure);
    }

    private static int StatusOf(FailureKind kind) => kind switch
    {
        FailureKind.Invalid => StatusCodes.Status400BadRequest,
        FailureKind.NotFound => StatusCodes.Status404NotFound,
        FailureKind.Forbidden => StatusCodes.Status403Forbidden,
        FailureKind.Conflict => StatusCodes.Status409Conflict,
        _ => StatusCodes.Status422UnprocessableEntity,
    };
}
