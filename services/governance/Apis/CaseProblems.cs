using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Qingmeng.Governance.Application;
using Qingmeng.ServiceDefaults.Authentication;
using Qingmeng.ServiceDefaults.Problems;

namespace Qingmeng.Governance.Apis;

/// <summary>
/// A case transition answered over HTTP: the case as the caller sees it, a bare 404 for a case they may not know of, or the
/// refusal in the shape every service answers with (<see cref="FieldProblems"/>: the message as the detail, with its field).
/// </summary>
public static class CaseProblems
{
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
        return outcome.Failure == CaseRefusals.CaseNotFound ? TypedResults.NotFound() : outcome.Failure.ToProblem();
    }
}
