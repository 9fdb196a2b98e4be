using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Qingmeng.Governance.Infrastructure;
using Qingmeng.Governance.Model;
using Qingmeng.ServiceDefaults.Auditing;
using Qingmeng.ServiceDefaults.Authentication;
using Qingmeng.ServiceDefaults.Messaging;
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
        api.MapGet("/{id:guid}", GetCase).WithName("GetCase").WithSummary("Get one case")
            .RequireAuthorization(policy => policy.RequireRole(CaseAccess.CanRead));
        api.MapPost("/{id:guid}/close", CloseCase).WithName("CloseCase").WithSummary("Close a case (办结) with its resolution")
            .RequireAuthorization(policy => policy.RequireRole(CaseAccess.CanClose));
        return app;
    }

    public static async Task<Results<Created<CaseView>, Ok<CaseView>, ProblemHttpResult>> FileCase(
        FileCaseRequest request,
        [FromHeader(Name = "Idempotency-Key")] string? idempotencyKey,
        ClaimsPrincipal principal,
        GovernanceContext db,
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
            await db.Cases.AsNoTracking().FirstOrDefaultAsync(c => c.IdempotencyKey == idempotencyKey && c.FiledBy == user.Subject, cancellationToken) is { } earlier)
        {
            return TypedResults.Ok(CaseView.From(earlier, user));
        }

        var now = time.GetUtcNow();
        var number = await db.NextCaseNumberAsync(now, cancellationToken);
        var (filed, filedEvent) = Case.File(
            number, request.Channel!.Value, request.ModuleCode, request.Title.Trim(), request.Description.Trim(),
            creditCode, Normalise(request.ContactPhone, MobileNumber.TryParse), idempotencyKey, user.Subject, now);
        db.Cases.Add(filed);
        db.AddIntegrationEvent(filedEvent, aggregateKey: filed.Id.ToString());
        db.AddAudit(user, "case.filed", "case", filed.Id.ToString(), now);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/governance/cases/{filed.Id}", CaseView.From(filed, user));
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

        var count = await cases.LongCountAsync(cancellationToken);
        var items = await cases.OrderByDescending(c => c.FiledAt).ThenByDescending(c => c.Id)
            .Skip(page.Skip).Take(page.PageSize).ToListAsync(cancellationToken);
        return TypedResults.Ok(new Page<CaseView>(page.PageIndex, page.PageSize, count, items.ConvertAll(c => CaseView.From(c, user))));
    }

    /// <summary>Another firm's or person's case is a 404, exactly like a case that does not exist.</summary>
    public static async Task<Results<Ok<CaseView>, NotFound>> GetCase(
        Guid id, ClaimsPrincipal principal, GovernanceContext db, CancellationToken cancellationToken)
    {
        var user = PlatformUser.From(principal);
        var found = await db.Cases.AsNoTracking().VisibleTo(user).FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        return found is null ? TypedResults.NotFound() : TypedResults.Ok(CaseView.From(found, user));
    }

    public static async Task<Results<Ok<CaseView>, NotFound, ProblemHttpResult>> CloseCase(
        Guid id, CloseCaseRequest request, ClaimsPrincipal principal, GovernanceContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var user = PlatformUser.From(principal);
        var found = await db.Cases.VisibleTo(user).FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (found is null)
        {
            return TypedResults.NotFound();
        }

        var now = time.GetUtcNow();
        var closedEvent = found.Close(request.Resolution.Trim(), now);
        if (closedEvent is null)
        {
            return StateConflict(found);
        }

        db.AddIntegrationEvent(closedEvent, aggregateKey: found.Id.ToString());
        db.AddAudit(user, "case.closed", "case", found.Id.ToString(), now);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Someone else changed the case between our read and write; report the state they left.
            db.ChangeTracker.Clear();
            var current = await db.Cases.AsNoTracking().FirstAsync(c => c.Id == id, cancellationToken);
            return StateConflict(current);
        }
        return TypedResults.Ok(CaseView.From(found, user));
    }

    private static ProblemHttpResult StateConflict(Case current) => TypedResults.Problem(
        title: "The case cannot be closed in its current state.",
        detail: $"Case {current.Number} is {current.Status}; only an Accepted case can be closed.",
        statusCode: StatusCodes.Status409Conflict,
        extensions: new Dictionary<string, object?> { ["currentState"] = current.Status.ToString() });

    private delegate bool Parser(string? value, out string? normalised);

    private static string? Normalise(string? value, Parser parse) =>
        value is not null && parse(value, out var normalised) ? normalised : null;
}
