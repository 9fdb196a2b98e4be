using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Qingmeng.Governance.Infrastructure;
using Qingmeng.Governance.Model;
using Qingmeng.ServiceDefaults.Messaging;
using Qingmeng.ServiceDefaults.Paging;
using Qingmeng.ServiceDefaults.Validation;

namespace Qingmeng.Governance.Apis;

public static class CasesApi
{
    public static IEndpointRouteBuilder MapCasesApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/governance/cases").WithTags("Cases");

        api.MapPost("/", FileCase).WithName("FileCase").WithSummary("File a case (受理) from any channel");
        api.MapGet("/", ListCases).WithName("ListCases").WithSummary("List cases, newest first");
        api.MapGet("/{id:guid}", GetCase).WithName("GetCase").WithSummary("Get one case");
        api.MapPost("/{id:guid}/close", CloseCase).WithName("CloseCase").WithSummary("Close a case (办结) with its resolution");
        return app;
    }

    public static async Task<Results<Created<CaseView>, Ok<CaseView>>> FileCase(
        FileCaseRequest request,
        [FromHeader(Name = "Idempotency-Key")] string? idempotencyKey,
        GovernanceContext db,
        TimeProvider time,
        CancellationToken cancellationToken)
    {
        if (idempotencyKey is not null &&
            await db.Cases.AsNoTracking().FirstOrDefaultAsync(c => c.IdempotencyKey == idempotencyKey, cancellationToken) is { } earlier)
        {
            return TypedResults.Ok(CaseView.From(earlier));
        }

        var now = time.GetUtcNow();
        var number = await db.NextCaseNumberAsync(now, cancellationToken);
        var (filed, filedEvent) = Case.File(
            number, request.Channel!.Value, request.ModuleCode, request.Title.Trim(), request.Description.Trim(),
            Normalise(request.CreditCode, UnifiedSocialCreditCode.TryParse),
            Normalise(request.ContactPhone, MobileNumber.TryParse),
            idempotencyKey, now);
        db.Cases.Add(filed);
        db.AddIntegrationEvent(filedEvent, aggregateKey: filed.Id.ToString());
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/governance/cases/{filed.Id}", CaseView.From(filed));
    }

    public static async Task<Ok<Page<CaseView>>> ListCases(
        [AsParameters] PageRequest page,
        [AsParameters] CaseQuery query,
        GovernanceContext db,
        CancellationToken cancellationToken)
    {
        var cases = db.Cases.AsNoTracking();
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
        return TypedResults.Ok(new Page<CaseView>(page.PageIndex, page.PageSize, count, items.ConvertAll(CaseView.From)));
    }

    public static async Task<Results<Ok<CaseView>, NotFound>> GetCase(
        Guid id, GovernanceContext db, CancellationToken cancellationToken)
    {
        var found = await db.Cases.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        return found is null ? TypedResults.NotFound() : TypedResults.Ok(CaseView.From(found));
    }

    public static async Task<Results<Ok<CaseView>, NotFound, ProblemHttpResult>> CloseCase(
        Guid id, CloseCaseRequest request, GovernanceContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var found = await db.Cases.FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (found is null)
        {
            return TypedResults.NotFound();
        }

        var closedEvent = found.Close(request.Resolution.Trim(), time.GetUtcNow());
        if (closedEvent is null)
        {
            return StateConflict(found);
        }

        db.AddIntegrationEvent(closedEvent, aggregateKey: found.Id.ToString());
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
        return TypedResults.Ok(CaseView.From(found));
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
