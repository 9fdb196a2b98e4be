using System.ComponentModel.DataAnnotations;
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

namespace Qingmeng.Governance.Apis;

/// <summary>
/// 注册企业: the platform's firm register. Administrators register and correct firms; each change is published as
/// <c>FirmRegistered</c> / <c>FirmUpdated</c> for the services that keep replicas. A firm user reads only its own record.
/// </summary>
public static class FirmsApi
{
    public static IEndpointRouteBuilder MapFirmsApi(this IEndpointRouteBuilder app)
    {
        var firms = app.MapGroup("/api/governance/firms").WithTags("Firm register");
        firms.MapPost("/", Register).WithName("RegisterFirm")
            .WithSummary("Register a firm; the same facts again are answered with the record, other facts under the same code are a 409")
            .RequireAuthorization(PlatformPolicies.Admins);
        firms.MapPut("/{creditCode}", Update).WithName("UpdateFirm").WithSummary("Correct a registered firm's facts; publishes FirmUpdated when anything changed")
            .RequireAuthorization(PlatformPolicies.Admins);
        firms.MapGet("/", List).WithName("ListFirms").WithSummary("Registered firms by credit code: a firm sees only its own")
            .RequireAuthorization(GovernancePolicies.FirmsAndOfficials);
        firms.MapGet("/{creditCode}", Get).WithName("GetFirm").WithSummary("One registered firm")
            .RequireAuthorization(GovernancePolicies.FirmsAndOfficials);
        return app;
    }

    public static async Task<Results<Created<FirmView>, Ok<FirmView>, ProblemHttpResult>> Register(
        RegisterFirmRequest request, ClaimsPrincipal principal, FirmRegister register, CancellationToken cancellationToken)
    {
        var facts = new FirmFacts(request.Name, request.IndustryCode, request.SizeClass, request.Location, request.RegisteredOn!.Value);
        var outcome = await register.RegisterAsync(request.CreditCode, facts, PlatformUser.From(principal), cancellationToken);
        if (!outcome.Succeeded)
        {
            return outcome.Failure.ToProblem();
        }
        var view = FirmView.From(outcome.Value.Firm);
        return outcome.Value.Changed ? TypedResults.Created($"/api/governance/firms/{view.CreditCode}", view) : TypedResults.Ok(view);
    }

    public static async Task<Results<Ok<FirmView>, ProblemHttpResult>> Update(
        string creditCode, UpdateFirmRequest request, ClaimsPrincipal principal, FirmRegister register, CancellationToken cancellationToken)
    {
        var facts = new FirmFacts(request.Name, request.IndustryCode, request.SizeClass, request.Location, request.RegisteredOn!.Value);
        var outcome = await register.UpdateAsync(creditCode, facts, PlatformUser.From(principal), cancellationToken);
        return outcome.Succeeded ? TypedResults.Ok(FirmView.From(outcome.Value.Firm)) : outcome.Failure.ToProblem();
    }

    public static async Task<Ok<Page<FirmView>>> List(
        [AsParameters] PageRequest page, [AsParameters] FirmQuery query, ClaimsPrincipal principal, GovernanceContext db, CancellationToken cancellationToken)
    {
        var firms = VisibleTo(db.Firms.AsNoTracking(), PlatformUser.From(principal));
        if (!string.IsNullOrWhiteSpace(query.Name))
        {
            var name = query.Name.Trim();
            firms = firms.Where(f => f.Name.Contains(name));
        }
        if (!string.IsNullOrWhiteSpace(query.IndustryCode))
        {
            var industry = query.IndustryCode.Trim().ToUpperInvariant();
            firms = firms.Where(f => f.IndustryCode.StartsWith(industry));
        }
        var count = await firms.LongCountAsync(cancellationToken);
        var items = await firms.OrderBy(f => f.CreditCode).Skip(page.Skip).Take(page.PageSize).ToListAsync(cancellationToken);
        return TypedResults.Ok(new Page<FirmView>(page.PageIndex, page.PageSize, count, items.ConvertAll(FirmView.From)));
    }

    public static async Task<Results<Ok<FirmView>, ProblemHttpResult>> Get(
        string creditCode, ClaimsPrincipal principal, GovernanceContext db, CancellationToken cancellationToken)
    {
        var code = FirmRegister.Normalise(creditCode);
        var found = await VisibleTo(db.Firms.AsNoTracking(), PlatformUser.From(principal)).FirstOrDefaultAsync(f => f.CreditCode == code, cancellationToken);
        return found is null ? NotRegistered(code) : TypedResults.Ok(FirmView.From(found));
    }

    private static ProblemHttpResult NotRegistered(string creditCode) => FirmRegister.NotRegistered(creditCode).ToProblem();

    /// <summary>Officers, the centre and administrators see the register; a firm user sees its own record only.</summary>
    private static IQueryable<RegisteredFirm> VisibleTo(IQueryable<RegisteredFirm> firms, PlatformUser user) =>
        user.IsInAnyRole(PlatformRoles.Dispatcher, PlatformRoles.DepartmentOfficer, PlatformRoles.Admin)
            ? firms
            : user.IsInRole(PlatformRoles.Firm) && user.CreditCode is { } creditCode
                ? firms.Where(f => f.CreditCode == creditCode)
                : firms.Where(_ => false);
}
