using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Qingmeng.Governance.Application;
using Qingmeng.Governance.Infrastructure;
using Qingmeng.Governance.Model;
using Qingmeng.ServiceDefaults.Authentication;
using Qingmeng.ServiceDefaults.Paging;
using Qingmeng.ServiceDefaults.Problems;
using Qingmeng.ServiceDefaults.Validation;

using RecordPenaltyResult = Microsoft.AspNetCore.Http.HttpResults.Results<
    Microsoft.AspNetCore.Http.HttpResults.Created<Qingmeng.Governance.Apis.PenaltyView>,
    Microsoft.AspNetCore.Http.HttpResults.Ok<Qingmeng.Governance.Apis.PenaltyView>,
    Microsoft.AspNetCore.Http.HttpResults.Created<Qingmeng.Governance.Apis.LenientDecisionView>,
    Microsoft.AspNetCore.Http.HttpResults.Ok<Qingmeng.Governance.Apis.LenientDecisionView>,
    Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult>;

namespace Qingmeng.Governance.Apis;

/// <summary>
/// Administrative penalties, each published as <c>PenaltyRecorded</c> in the same transaction as its record; their
/// credit repair is applied for and decided in <see cref="CreditRepairsApi"/>.
/// </summary>
public static class PenaltiesApi
{
    public static IEndpointRouteBuilder MapPenaltiesApi(this IEndpointRouteBuilder app)
    {
        var penalties = app.MapGroup("/api/governance/penalties").WithTags("Penalties and credit repair");
        penalties.MapPost("/", Record).WithName("RecordPenalty")
            .WithSummary("Record an administrative penalty; the same reference again is answered with the first record")
            .RequireAuthorization(GovernancePolicies.DepartmentOfficersAndAdmins);
        penalties.MapGet("/", List).WithName("ListPenalties").WithSummary("Penalties, newest decision first: a firm sees only its own")
            .RequireAuthorization(GovernancePolicies.FirmsAndOfficials);
        penalties.MapGet("/{id:guid}", Get).WithName("GetPenalty").WithSummary("One penalty with its earliest credit-repair date")
            .RequireAuthorization(GovernancePolicies.FirmsAndOfficials);

        var decisions = app.MapGroup("/api/governance/lenient-decisions").WithTags("Penalties and credit repair");
        decisions.MapGet("/", ListLenientDecisions).WithName("ListLenientDecisions")
            .WithSummary("包容审慎 applied (不予处罚 and 减轻处罚 decisions), newest first: a firm sees only its own")
            .RequireAuthorization(GovernancePolicies.FirmsAndOfficials);
        decisions.MapGet("/{id:guid}", GetLenientDecision).WithName("GetLenientDecision").WithSummary("One lenient decision with its legal basis")
            .RequireAuthorization(GovernancePolicies.FirmsAndOfficials);
        return app;
    }

    /// <summary>Records a penalty, or a 不予处罚 decision in its place when a lenient list applies (see <see cref="Penalties.RecordAsync"/>).</summary>
    public static async Task<RecordPenaltyResult> Record(
        RecordPenaltyRequest request, ClaimsPrincipal principal, Penalties penalties, CancellationToken cancellationToken)
    {
        // Validated by the request's attribute; this only normalises it.
        UnifiedSocialCreditCode.TryParse(request.CreditCode, out var creditCode);
        var outcome = await penalties.RecordAsync(
            new PenaltyDecision(
                request.Reference, creditCode!, request.Category!.Value, request.FineAmount, request.DecidedOn!.Value, request.Description,
                request.LenientRuleCode, request.Harm, request.CorrectedInTime, request.IllegalGainYuan),
            PlatformUser.From(principal), cancellationToken);
        if (!outcome.Succeeded)
        {
            return outcome.Failure.ToProblem();
        }
        return outcome.Value switch
        {
            { NoPenaltyDecision: { } decision, Created: true } =>
                TypedResults.Created($"/api/governance/lenient-decisions/{decision.Id}", LenientDecisionView.From(decision)),
            { NoPenaltyDecision: { } decision } => TypedResults.Ok(LenientDecisionView.From(decision)),
            { Penalty: { } penalty, Created: true } => TypedResults.Created($"/api/governance/penalties/{penalty.Id}", PenaltyView.From(penalty)),
            { Penalty: { } penalty } => TypedResults.Ok(PenaltyView.From(penalty)),
            _ => throw new InvalidOperationException("A recorded penalty has a penalty or a no-penalty decision."),
        };
    }

    public static async Task<Results<Ok<Page<LenientDecisionView>>, ValidationProblem>> ListLenientDecisions(
        [AsParameters] PageRequest page, [AsParameters] LenientDecisionQuery query, ClaimsPrincipal principal, GovernanceContext db, CancellationToken cancellationToken)
    {
        var decisions = VisibleTo(db.LenientDecisions.AsNoTracking(), PlatformUser.From(principal));
        if (!string.IsNullOrWhiteSpace(query.CreditCode))
        {
            var code = query.CreditCode.Trim().ToUpperInvariant();
            decisions = decisions.Where(d => d.CreditCode == code);
        }
        var count = await decisions.LongCountAsync(cancellationToken);
        var items = await decisions.OrderByDescending(d => d.DecidedOn).ThenByDescending(d => d.Id)
            .Skip(page.Skip).Take(page.PageSize).ToListAsync(cancellationToken);
        return TypedResults.Ok(new Page<LenientDecisionView>(page.PageIndex, page.PageSize, count, items.ConvertAll(LenientDecisionView.From)));
    }

    public static async Task<Results<Ok<LenientDecisionView>, NotFound>> GetLenientDecision(
        Guid id, ClaimsPrincipal principal, GovernanceContext db, CancellationToken cancellationToken)
    {
        var found = await VisibleTo(db.LenientDecisions.AsNoTracking(), PlatformUser.From(principal)).FirstOrDefaultAsync(d => d.Id == id, cancellationToken);
        return found is null ? TypedResults.NotFound() : TypedResults.Ok(LenientDecisionView.From(found));
    }

    private static IQueryable<LenientDecision> VisibleTo(IQueryable<LenientDecision> decisions, PlatformUser user) =>
        user.IsInAnyRole(PlatformRoles.Dispatcher, PlatformRoles.DepartmentOfficer, PlatformRoles.Admin)
            ? decisions
            : user.IsInRole(PlatformRoles.Firm) && user.CreditCode is { } creditCode
                ? decisions.Where(d => d.CreditCode == creditCode)
                : decisions.Where(_ => false);

    public static async Task<Results<Ok<Page<PenaltyView>>, ValidationProblem>> List(
        [AsParameters] PageRequest page, [AsParameters] PenaltyQuery query, ClaimsPrincipal principal, GovernanceContext db, CancellationToken cancellationToken)
    {
        var user = PlatformUser.From(principal);
        var penalties = VisibleTo(db.Penalties.AsNoTracking(), user);
        if (!string.IsNullOrWhiteSpace(query.CreditCode))
        {
            var code = query.CreditCode.Trim().ToUpperInvariant();
            penalties = penalties.Where(p => p.CreditCode == code);
        }
        if (query.Repaired is { } repaired)
        {
            penalties = repaired ? penalties.Where(p => p.RepairedOn != null) : penalties.Where(p => p.RepairedOn == null);
        }
        var count = await penalties.LongCountAsync(cancellationToken);
        var items = await penalties.OrderByDescending(p => p.DecidedOn).ThenByDescending(p => p.Id)
            .Skip(page.Skip).Take(page.PageSize).ToListAsync(cancellationToken);
        return TypedResults.Ok(new Page<PenaltyView>(page.PageIndex, page.PageSize, count, items.ConvertAll(PenaltyView.From)));
    }

    public static async Task<Results<Ok<PenaltyView>, NotFound>> Get(Guid id, ClaimsPrincipal principal, GovernanceContext db, CancellationToken cancellationToken)
    {
        var found = await VisibleTo(db.Penalties.AsNoTracking(), PlatformUser.From(principal)).FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        return found is null ? TypedResults.NotFound() : TypedResults.Ok(PenaltyView.From(found));
    }

    /// <summary>A firm sees its own penalties; officers, the centre and administrators see all (they are public information).</summary>
    private static IQueryable<Penalty> VisibleTo(IQueryable<Penalty> penalties, PlatformUser user) =>
        user.IsInAnyRole(PlatformRoles.Dispatcher, PlatformRoles.DepartmentOfficer, PlatformRoles.Admin)
            ? penalties
            : user.IsInRole(PlatformRoles.Firm) && user.CreditCode is { } creditCode
                ? penalties.Where(p => p.CreditCode == creditCode)
                : penalties.Where(_ => false);
}
