using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Qingmeng.Governance.Application;
using Qingmeng.Governance.Infrastructure;
using Qingmeng.Governance.Model;
using Qingmeng.ServiceDefaults.Authentication;
using Qingmeng.ServiceDefaults.Paging;
using Qingmeng.ServiceDefaults.Validation;

namespace Qingmeng.Governance.Apis;

public static class CasesApi
{
    public static IEndpointRouteBuilder MapCasesApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/governance/cases").WithTags("Cases");

        api.MapPost("/", FileCase).WithName("FileCase").WithSummary("File a case (受理) from any channel")
            .RequireAuthorization(policy => policy.RequireRole(CaseAccess.CanFile));
        api.MapGet("/", ListCases).WithName("ListCases").WithSummary("List the cases visible to the caller, newest first")
            .RequireAuthorization(policy => policy.RequireRole(CaseAccess.CanRead));
        api.MapGet("/inbox", Inbox).WithName("DepartmentInbox")
            .WithSummary("The caller's department's open cases (lead or co-handler), most urgent deadline first")
            .RequireAuthorization(policy => policy.RequireRole(CaseAccess.Department));
        api.MapGet("/{id:guid}", GetCase).WithName("GetCase").WithSummary("Get one case")
            .RequireAuthorization(policy => policy.RequireRole(CaseAccess.CanRead));
        api.MapGet("/{id:guid}/timeline", GetTimeline).WithName("GetCaseTimeline")
            .WithSummary("Every transition and progress note of a case, oldest first, with its extension requests")
            .RequireAuthorization(policy => policy.RequireRole(CaseAccess.CanRead));
        api.MapPost("/{id:guid}/close", CloseCase).WithName("CloseCase")
            .WithSummary("The centre closes an undispatched or returned case itself (即办) with its resolution")
            .RequireAuthorization(policy => policy.RequireRole(CaseAccess.CanClose));
        return app;
    }

    public static async Task<Results<Created<CaseView>, Ok<CaseView>, ProblemHttpResult>> FileCase(
        FileCaseRequest request,
        [FromHeader(Name = "Idempotency-Key")] string? idempotencyKey,
        ClaimsPrincipal principal,
        GovernanceContext db,
        CaseIntake intake,
        TimeProvider time,
        CancellationToken cancellationToken)
    {
        var user = PlatformUser.From(principal);
        var creditCode = Normalise(request.CreditCode, UnifiedSocialCreditCode.TryParse);
        if (user.IsInRole(PlatformRoles.Firm))
        {
            // A firm files for itself: its own code by default, never another firm's.
            if (creditCode is not null && creditCode != user.CreditCode)
            {
                return TypedResults.Problem(
                    title: "A firm can only file cases for itself.",
                    detail: "creditCode must be your own firm's unified social credit code, or omitted.",
                    statusCode: StatusCodes.Status403Forbidden,
                    extensions: new Dictionary<string, object?> { ["field"] = "creditCode" });
            }
            creditCode = user.CreditCode;
        }

        if (idempotencyKey is not null &&
            await db.Cases.AsNoTracking().Include(c => c.CoHandlers)
                .FirstOrDefaultAsync(c => c.IdempotencyKey == idempotencyKey && c.FiledBy == user.Subject, cancellationToken) is { } earlier)
        {
            return TypedResults.Ok(CaseView.From(earlier, user));
        }

        var now = time.GetUtcNow();
        try
        {
            var filed = await intake.FileAsync(
                new CaseIntakeRequest(
                    request.Channel!.Value, request.ModuleCode, request.ServiceCode, request.Title.Trim(), request.Description.Trim(),
                    creditCode, Normalise(request.ContactPhone, MobileNumber.TryParse), request.Place, idempotencyKey),
                user, now, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            return TypedResults.Created($"/api/governance/cases/{filed.Id}", CaseView.From(filed, user));
        }
        catch (CaseRuleException rule)
        {
            return CaseProblems.From(rule);
        }
    }

    public static async Task<Ok<Page<CaseView>>> ListCases(
        [AsParameters] PageRequest page,
        [AsParameters] CaseQuery query,
        ClaimsPrincipal principal,
        GovernanceContext db,
        CancellationToken cancellationToken)
    {
        var user = PlatformUser.From(principal);
        var cases = db.Cases.AsNoTracking().VisibleTo(user);
        if (query.Status is { } status)
        {
            cases = cases.Where(c => c.Status == status);
        }
        if (!string.IsNullOrWhiteSpace(query.ModuleCode))
        {
            cases = cases.Where(c => c.ModuleCode == query.ModuleCode);
        }
        if (!string.IsNullOrWhiteSpace(query.DepartmentCode))
        {
            cases = cases.Where(c => c.LeadDepartmentCode == query.DepartmentCode);
        }

        var count = await cases.LongCountAsync(cancellationToken);
        var items = await cases.Include(c => c.CoHandlers).OrderByDescending(c => c.FiledAt).ThenByDescending(c => c.Id)
            .Skip(page.Skip).Take(page.PageSize).AsSplitQuery().ToListAsync(cancellationToken);
        return TypedResults.Ok(new Page<CaseView>(page.PageIndex, page.PageSize, count, items.ConvertAll(c => CaseView.From(c, user))));
    }

    public static async Task<Ok<Page<CaseView>>> Inbox(
        [AsParameters] PageRequest page, ClaimsPrincipal principal, GovernanceContext db, CancellationToken cancellationToken)
    {
        var user = PlatformUser.From(principal);
        var cases = db.Cases.AsNoTracking().VisibleTo(user)
            .Where(c => c.Status == CaseStatus.Dispatched || c.Status == CaseStatus.InProgress || c.Status == CaseStatus.AwaitingCoHandlers);
        var count = await cases.LongCountAsync(cancellationToken);
        var items = await cases.Include(c => c.CoHandlers)
            .OrderBy(c => c.Status == CaseStatus.Dispatched ? c.SignForDueAt : c.CompletionDueAt).ThenBy(c => c.Id)
            .Skip(page.Skip).Take(page.PageSize).AsSplitQuery().ToListAsync(cancellationToken);
        return TypedResults.Ok(new Page<CaseView>(page.PageIndex, page.PageSize, count, items.ConvertAll(c => CaseView.From(c, user))));
    }

    /// <summary>Another firm's or person's case is a 404, exactly like a case that does not exist.</summary>
    public static async Task<Results<Ok<CaseView>, NotFound>> GetCase(
        Guid id, ClaimsPrincipal principal, GovernanceContext db, CancellationToken cancellationToken)
    {
        var user = PlatformUser.From(principal);
        var found = await db.Cases.AsNoTracking().Include(c => c.CoHandlers).VisibleTo(user).FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        return found is null ? TypedResults.NotFound() : TypedResults.Ok(CaseView.From(found, user));
    }

    public static async Task<Results<Ok<CaseTimelineView>, NotFound>> GetTimeline(
        Guid id, ClaimsPrincipal principal, GovernanceContext db, CancellationToken cancellationToken)
    {
        var user = PlatformUser.From(principal);
        var found = await db.Cases.AsNoTracking().Include(c => c.Notes).Include(c => c.Extensions).AsSplitQuery()
            .VisibleTo(user).FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (found is null)
        {
            return TypedResults.NotFound();
        }
        return TypedResults.Ok(new CaseTimelineView(
            found.Id, found.Number, found.Status,
            [.. found.Notes.OrderBy(n => n.At).ThenBy(n => n.Id).Select(CaseNoteView.From)],
            [.. found.Extensions.OrderBy(e => e.RequestedAt).Select(ExtensionView.From)]));
    }

    public static Task<Results<Ok<CaseView>, NotFound, ProblemHttpResult>> CloseCase(
        Guid id, CloseCaseRequest request, ClaimsPrincipal principal, CaseTransitions transitions, CancellationToken cancellationToken) =>
        transitions.ApplyAsync(id, principal, "case.closed", (c, user, now) => c.CloseByCentre(request.Resolution.Trim(), user.Subject, now), cancellationToken);

    private delegate bool Parser(string? value, out string? normalised);

    private static string? Normalise(string? value, Parser parse) =>
        value is not null && parse(value, out var normalised) ? normalised : null;
}
