using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Http.HttpResults;
using Qingmeng.Governance.Model;
using Qingmeng.ServiceDefaults.Authentication;

using Qingmeng.ServiceDefaults.Outcomes;
using Qingmeng.ServiceDefaults.Problems;

namespace Qingmeng.Governance.Apis;

public sealed record LenientCheckBody(
    [property: Required, StringLength(32)] string RuleCode,
    [property: Required] bool? FirstOffence,
    [property: Required] HarmLevel? Harm,
    [property: Required] bool? CorrectedInTime,
    [property: Range(0, 100_000_000)] decimal IllegalGainYuan = 0);

/// <summary>包容审慎监管: the no-penalty and reduced-penalty lists, and a check that says whether an offence qualifies and why.</summary>
public static class EnforcementApi
{
    public static IEndpointRouteBuilder MapEnforcementApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/governance/lenient-enforcement").WithTags("Lenient enforcement");
        api.MapGet("/rules", ListRules).WithName("ListLenientRules").WithSummary("不予处罚 / 减轻处罚清单")
            .RequireAuthorization(GovernancePolicies.FirmsAndOfficials);
        api.MapPost("/check", Check).WithName("CheckLenientTreatment")
            .WithSummary("Whether an offence qualifies for no or reduced penalty, condition by condition")
            .RequireAuthorization(GovernancePolicies.FirmsAndOfficials);
        return app;
    }

    public static Ok<LenientRule[]> ListRules() => TypedResults.Ok(LenientEnforcement.Rules);

    public static Results<Ok<LenientCheckResult>, ProblemHttpResult> Check(LenientCheckBody body) =>
        LenientEnforcement.Check(new LenientCheckRequest(body.RuleCode, body.FirstOffence!.Value, body.Harm!.Value, body.CorrectedInTime!.Value, body.IllegalGainYuan))
            is { } result
            ? TypedResults.Ok(result)
            : CaseProblemsFor.UnknownRule(body.RuleCode);

    private static class CaseProblemsFor
    {
        public static ProblemHttpResult UnknownRule(string code) => Failure.Unprocessable(
                "ruleCode", $"没有包容审慎执法规则 {code}，请查阅 GET /api/governance/lenient-enforcement/rules (there is no lenient-enforcement rule {code})")
            .ToProblem();
    }
}
