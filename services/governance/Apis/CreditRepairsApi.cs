using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Qingmeng.Governance.Application;
using Qingmeng.Governance.Infrastructure;
using Qingmeng.Governance.Model;
using Qingmeng.ServiceDefaults.Authentication;
using Qingmeng.ServiceDefaults.Outcomes;
using Qingmeng.ServiceDefaults.Paging;
using Qingmeng.ServiceDefaults.Problems;

namespace Qingmeng.Governance.Apis;

/// <summary>
/// 信用修复: the firm applies for its own penalty with evidence; the penalising department (or an administrator)
/// verifies and grants or refuses. Only a grant repairs the penalty and publishes <c>CreditRepaired</c>, in the same
/// transaction; a firm's own word never lifts a penalty.
/// </summary>
public static class CreditRepairsApi
{
    /// <summary>A firm its own applications, an officer those on its department's penalties, and administrators all: the centre's dispatchers do not decide repairs.</summary>
    private static readonly string[] SeeingAllRepairs = [PlatformRoles.Admin];

    public static IEndpointRouteBuilder MapCreditRepairsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/governance/credit-repairs").WithTags("Penalties and credit repair");
        api.MapPost("/", Apply).WithName("ApplyForCreditRepair")
            .WithSummary("信用修复申请: the firm applies for its own penalty with evidence; pending until the penalising department decides")
            .RequireAuthorization(GovernancePolicies.Firms);
        api.MapGet("/", List).WithName("ListCreditRepairs")
            .WithSummary("Applications, pending first: a firm its own, an officer its department's penalties', an administrator all")
            .RequireAuthorization(GovernancePolicies.FirmsAndDepartmentOfficers);
        api.MapGet("/{id:guid}", Get).WithName("GetCreditRepair").WithSummary("One application")
            .RequireAuthorization(GovernancePolicies.FirmsAndDepartmentOfficers);
        api.MapPost("/{id:guid}/grant", Grant).WithName("GrantCreditRepair")
            .WithSummary("准予修复 by the penalising department: repairs the penalty and publishes CreditRepaired")
            .RequireAuthorization(GovernancePolicies.DepartmentOfficersAndAdmins);
        api.MapPost("/{id:guid}/refuse", Refuse).WithName("RefuseCreditRepair")
            .WithSummary("不予修复 by the penalising department, with the reason; publishes nothing")
            .RequireAuthorization(GovernancePolicies.DepartmentOfficersAndAdmins);
        return app;
    }

    public static async Task<Results<Created<CreditRepairView>, ProblemHttpResult>> Apply(
        CreditRepairApplicationRequest request, ClaimsPrincipal principal, CreditRepairs creditRepairs, CancellationToken cancellationToken)
    {
        var outcome = await creditRepairs.ApplyAsync(
            request.PenaltyReference,
            request.Evidence.Select(e => new CreditRepairEvidence { Description = e.Description.Trim(), Reference = e.Reference.Trim() }),
            request.Commitment, PlatformUser.From(principal), cancellationToken);
        return outcome.Succeeded
            ? TypedResults.Created($"/api/governance/credit-repairs/{outcome.Value.Id}", CreditRepairView.From(outcome.Value))
            : outcome.Failure.ToProblem();
    }

    public static async Task<Results<Ok<Page<CreditRepairView>>, ValidationProblem>> List(
        [AsParameters] PageRequest page, [AsParameters] CreditRepairQuery query, ClaimsPrincipal principal, GovernanceContext db, CancellationToken cancellationToken)
    {
        var applications = db.CreditRepairApplications.AsNoTracking().VisibleTo(PlatformUser.From(principal), SeeingAllRepairs);
        if (query.Status is { } status)
        {
            applications = applications.Where(a => a.Status == status);
        }
        if (!string.IsNullOrWhiteSpace(query.CreditCode))
        {
            var code = query.CreditCode.Trim().ToUpperInvariant();
            applications = applications.Where(a => a.CreditCode == code);
        }
        var count = await applications.LongCountAsync(cancellationToken);
        var items = await applications.OrderByDescending(a => a.Status == CreditRepairStatus.Pending).ThenBy(a => a.AppliedAt).ThenBy(a => a.Id)
            .Skip(page.Skip).Take(page.PageSize).ToListAsync(cancellationToken);
        return TypedResults.Ok(new Page<CreditRepairView>(page.PageIndex, page.PageSize, count, items.ConvertAll(CreditRepairView.From)));
    }

    public static async Task<Results<Ok<CreditRepairView>, NotFound>> Get(Guid id, ClaimsPrincipal principal, GovernanceContext db, CancellationToken cancellationToken)
    {
        var found = await db.CreditRepairApplications.AsNoTracking().VisibleTo(PlatformUser.From(principal), SeeingAllRepairs).FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        return found is null ? TypedResults.NotFound() : TypedResults.Ok(CreditRepairView.From(found));
    }

    public static async Task<Results<Ok<CreditRepairView>, ProblemHttpResult>> Grant(
        Guid id, CreditRepairGrantRequest request, ClaimsPrincipal principal, CreditRepairs creditRepairs, CancellationToken cancellationToken) =>
        Answer(await creditRepairs.GrantAsync(
            id, new CreditRepairDeclaration(request.FinePaid!.Value, request.Corrected!.Value), request.Reason, PlatformUser.From(principal), cancellationToken));

    public static async Task<Results<Ok<CreditRepairView>, ProblemHttpResult>> Refuse(
        Guid id, CreditRepairRefusalRequest request, ClaimsPrincipal principal, CreditRepairs creditRepairs, CancellationToken cancellationToken) =>
        Answer(await creditRepairs.RefuseAsync(id, request.Reason, PlatformUser.From(principal), cancellationToken));

    private static Results<Ok<CreditRepairView>, ProblemHttpResult> Answer(Outcome<CreditRepairApplication> outcome) =>
        outcome.Succeeded ? TypedResults.Ok(CreditRepairView.From(outcome.Value)) : outcome.Failure.ToProblem();
}
