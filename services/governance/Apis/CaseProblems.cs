using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Qingmeng.Governance.Application;
using Qingmeng.Governance.Model;
using Qingmeng.ServiceDefaults.Authentication;
using Qingmeng.ServiceDefaults.Outcomes;
using Qingmeng.ServiceDefaults.Problems;

namespace Qingmeng.Governance.Apis;

/// <summary>
/// Governance's refusals as problem details, in the shape every service answers with (<see cref="FieldProblems"/>): the
/// kind's title (or the refusal's own), the message as the detail, <c>field</c>, <c>errors</c> and any extra members.
/// </summary>
public static class CaseProblems
{
    public static ProblemHttpResult From(Failure failure) => failure.ToProblem();

    public static ProblemHttpResult From(CaseRuleException rule) => CaseRefusals.From(rule).ToProblem();

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
}
