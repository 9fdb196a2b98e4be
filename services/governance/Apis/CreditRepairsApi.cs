using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Qingmeng.Contracts;
using Qingmeng.Governance.Application;
using Qingmeng.Governance.Infrastructure;
using Qingmeng.Governance.Model;
using Qingmeng.ServiceDefaults.Auditing;
using Qingmeng.ServiceDefaults.Authentication;
using Qingmeng.ServiceDefaults.Calendar;
using Qingmeng.ServiceDefaults.Messaging;
using Qingmeng.ServiceDefaults.Paging;
using Qingmeng.ServiceDefaults.Data;

namespace Qingmeng.Governance.Apis;

/// <summary>
/// 信用修复: the firm applies for its own penalty with evidence; the penalising department (or an administrator)
/// verifies and grants or refuses. Only a grant repairs the penalty and publishes <c>CreditRepaired</c>, in the same
/// transaction; a firm's own word never lifts a penalty.
/// </summary>
public static class CreditRepairsApi
{
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
        CreditRepairApplicationRequest request, ClaimsPrincipal principal, GovernanceContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var user = PlatformUser.From(principal);
        var reference = request.PenaltyReference.Trim();
        // A firm applies only for its own penalties: another firm's answers exactly like one that does not exist.
        var penalty = user.CreditCode is { } own
            ? await db.Penalties.AsNoTracking().FirstOrDefaultAsync(p => p.Reference == reference && p.CreditCode == own, cancellationToken)
            : null;
        if (penalty is null)
        {
            return CaseProblems.From(new CaseRuleException($"贵企业没有处罚决定 {reference} (your firm has no penalty {reference}).", "penaltyReference", StatusCodes.Status404NotFound));
        }
        if (penalty.RepairedOn is { } repairedOn)
        {
            return CaseProblems.From(new CaseRuleException(
                $"处罚 {reference} 已于 {repairedOn:yyyy-MM-dd} 完成信用修复 (already repaired).", "penaltyReference", StatusCodes.Status409Conflict));
        }
        if (await db.CreditRepairApplications.AnyAsync(a => a.PenaltyId == penalty.Id && a.Status == CreditRepairStatus.Pending, cancellationToken))
        {
            return PendingConflict(reference);
        }

        var now = time.GetUtcNow();
        // Pre-checked here so the firm does not wait for a refusal the calendar already decides; checked again at the decision.
        if (CreditRepairRules.PublicityRefusal(penalty, WorkingDayCalendar.ToChinaDate(now)) is { } notYet)
        {
            return Refused(new CreditRepairDecision(false, CreditRepairRules.EarliestRepairDate(penalty.Category, penalty.DecidedOn), [notYet]));
        }

        var application = CreditRepairApplication.Apply(
            penalty, request.Evidence.Select(e => new CreditRepairEvidence { Description = e.Description.Trim(), Reference = e.Reference.Trim() }),
            request.Commitment.Trim(), user.Subject, now);
        db.CreditRepairApplications.Add(application);
        db.AddAudit(user, "credit-repair.applied", "credit-repair", application.Id.ToString(), now);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (exception.IsUniqueViolation(GovernanceContext.PendingCreditRepairIndex))
        {
            return PendingConflict(reference);
        }
        return TypedResults.Created($"/api/governance/credit-repairs/{application.Id}", CreditRepairView.From(application));
    }

    public static async Task<Results<Ok<Page<CreditRepairView>>, ValidationProblem>> List(
        [AsParameters] PageRequest page, [AsParameters] CreditRepairQuery query, ClaimsPrincipal principal, GovernanceContext db, CancellationToken cancellationToken)
    {
        var applications = VisibleTo(db.CreditRepairApplications.AsNoTracking(), PlatformUser.From(principal));
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
        var found = await VisibleTo(db.CreditRepairApplications.AsNoTracking(), PlatformUser.From(principal)).FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        return found is null ? TypedResults.NotFound() : TypedResults.Ok(CreditRepairView.From(found));
    }

    public static async Task<Results<Ok<CreditRepairView>, ProblemHttpResult>> Grant(
        Guid id, CreditRepairGrantRequest request, ClaimsPrincipal principal, GovernanceContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var user = PlatformUser.From(principal);
        if (await FindDecidableAsync(db, user, id, cancellationToken) is not { } application)
        {
            return NotFound();
        }
        if (application.Status != CreditRepairStatus.Pending)
        {
            return AlreadyDecided(application);
        }
        var penalty = await db.Penalties.SingleAsync(p => p.Id == application.PenaltyId, cancellationToken);
        if (penalty.RepairedOn is not null)
        {
            return CaseProblems.From(new CaseRuleException($"处罚 {penalty.Reference} 已完成信用修复 (already repaired).", "penaltyReference", StatusCodes.Status409Conflict));
        }

        var now = time.GetUtcNow();
        var today = WorkingDayCalendar.ToChinaDate(now);
        var decision = CreditRepairRules.Decide(penalty, new CreditRepairDeclaration(request.FinePaid!.Value, request.Corrected!.Value), today);
        if (!decision.Granted)
        {
            return Refused(decision);
        }

        application.Grant(penalty, today, user.Subject, request.Reason.Trim(), now);
        db.AddIntegrationEvent(new CreditRepaired(penalty.CreditCode, penalty.Reference, today) { OccurredAt = now }, aggregateKey: penalty.CreditCode);
        db.AddAudit(user, "credit-repair.granted", "credit-repair", application.Id.ToString(), now);
        db.AddAudit(user, "penalty.credit-repaired", "penalty", penalty.Id.ToString(), now);
        return await SaveAsync(db, application, cancellationToken);
    }

    public static async Task<Results<Ok<CreditRepairView>, ProblemHttpResult>> Refuse(
        Guid id, CreditRepairRefusalRequest request, ClaimsPrincipal principal, GovernanceContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var user = PlatformUser.From(principal);
        if (await FindDecidableAsync(db, user, id, cancellationToken) is not { } application)
        {
            return NotFound();
        }
        if (application.Status != CreditRepairStatus.Pending)
        {
            return AlreadyDecided(application);
        }
        var now = time.GetUtcNow();
        application.Refuse(user.Subject, request.Reason.Trim(), now);
        db.AddAudit(user, "credit-repair.refused", "credit-repair", application.Id.ToString(), now);
        return await SaveAsync(db, application, cancellationToken);
    }

    /// <summary>The decision belongs to the penalising department; another department's officer gets a 404, as for no application.</summary>
    private static Task<CreditRepairApplication?> FindDecidableAsync(GovernanceContext db, PlatformUser user, Guid id, CancellationToken cancellationToken) =>
        (user.IsInRole(PlatformRoles.Admin)
            ? db.CreditRepairApplications
            : user.IsInRole(PlatformRoles.DepartmentOfficer) && user.DepartmentCode is { } department
                ? db.CreditRepairApplications.Where(a => a.DepartmentCode == department)
                : db.CreditRepairApplications.Where(_ => false))
        .FirstOrDefaultAsync(a => a.Id == id, cancellationToken);

    /// <summary>A firm its own applications; a department officer those on its department's penalties; an administrator all.</summary>
    private static IQueryable<CreditRepairApplication> VisibleTo(IQueryable<CreditRepairApplication> applications, PlatformUser user)
    {
        if (user.IsInRole(PlatformRoles.Admin))
        {
            return applications;
        }
        if (user.IsInRole(PlatformRoles.DepartmentOfficer) && user.DepartmentCode is { } department)
        {
            return applications.Where(a => a.DepartmentCode == department);
        }
        if (user.IsInRole(PlatformRoles.Firm) && user.CreditCode is { } creditCode)
        {
            return applications.Where(a => a.CreditCode == creditCode);
        }
        return applications.Where(_ => false);
    }

    private static async Task<Results<Ok<CreditRepairView>, ProblemHttpResult>> SaveAsync(
        GovernanceContext db, CreditRepairApplication application, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return TypedResults.Problem(
                title: "该申请已被他人同时处理 (the application or its penalty was decided meanwhile).", statusCode: StatusCodes.Status409Conflict,
                extensions: new Dictionary<string, object?> { ["field"] = "id" });
        }
        return TypedResults.Ok(CreditRepairView.From(application));
    }

    private static ProblemHttpResult Refused(CreditRepairDecision decision) => TypedResults.Problem(
        title: "不能准予信用修复 (the credit repair cannot be granted).",
        detail: string.Join("; ", decision.Refusals.Select(r => r.Reason)),
        statusCode: StatusCodes.Status422UnprocessableEntity,
        extensions: new Dictionary<string, object?>
        {
            ["field"] = decision.Refusals[0].Field,
            ["errors"] = decision.Refusals.GroupBy(r => r.Field).ToDictionary(g => g.Key, g => g.Select(r => r.Reason).ToArray()),
            ["earliestRepairDate"] = decision.EarliestRepairDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        });

    private static ProblemHttpResult PendingConflict(string reference) => CaseProblems.From(new CaseRuleException(
        $"处罚 {reference} 已有待审核的信用修复申请 (an application for this penalty is already pending).", "penaltyReference", StatusCodes.Status409Conflict));

    private static ProblemHttpResult AlreadyDecided(CreditRepairApplication application) => TypedResults.Problem(
        title: $"该申请已处理，状态为 {application.Status} (the application was already decided).", statusCode: StatusCodes.Status409Conflict,
        extensions: new Dictionary<string, object?> { ["field"] = "id", ["currentState"] = application.Status.ToString() });

    private static ProblemHttpResult NotFound() => TypedResults.Problem(
        title: "没有该信用修复申请 (no such credit-repair application).", statusCode: StatusCodes.Status404NotFound,
        extensions: new Dictionary<string, object?> { ["field"] = "id" });
}
