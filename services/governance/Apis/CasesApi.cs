using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Qingmeng.Governance.Application;
using Qingmeng.Governance.Infrastructure;
using Qingmeng.Governance.Model;
using Qingmeng.ServiceDefaults.Authentication;
using Qingmeng.ServiceDefaults.Calendar;
using Qingmeng.ServiceDefaults.Paging;
using Qingmeng.ServiceDefaults.Validation;
using Qingmeng.ServiceDefaults.Problems;
using Qingmeng.Governance.Model.Cases;

namespace Qingmeng.Governance.Apis;

public static class CasesApi
{
    /// <summary>The column's length: a longer key is refused up front rather than failing in the database.</summary>
    public const int MaxIdempotencyKeyLength = 100;

    public static IEndpointRouteBuilder MapCasesApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/governance/cases").WithTags("Cases");

        api.MapPost("/", FileCase).WithName("FileCase").WithSummary("File a case (受理) from any channel")
            .RequireAuthorization(GovernancePolicies.FileCases);
        api.MapGet("/", ListCases).WithName("ListCases").WithSummary("List the cases visible to the caller, newest first")
            .RequireAuthorization(GovernancePolicies.ReadCases);
        api.MapGet("/inbox", Inbox).WithName("DepartmentInbox")
            .WithSummary("The caller's department's open cases (lead or co-handler), most urgent deadline first")
            .RequireAuthorization(GovernancePolicies.Departments);
        api.MapGet("/{id:guid}", GetCase).WithName("GetCase").WithSummary("Get one case")
            .RequireAuthorization(GovernancePolicies.ReadCases);
        api.MapGet("/{id:guid}/timeline", GetTimeline).WithName("GetCaseTimeline")
            .WithSummary("Every transition and progress note of a case, oldest first, with its extension requests")
            .RequireAuthorization(GovernancePolicies.ReadCases);
        api.MapGet("/{id:guid}/extensions/{extensionId:guid}", GetExtension).WithName("GetCaseExtension")
            .WithSummary("One extension request of a case and its decision")
            .RequireAuthorization(GovernancePolicies.ReadCases);
        api.MapPost("/{id:guid}/close", CloseCase).WithName("CloseCase")
            .WithSummary("The centre closes an undispatched or returned case itself (即办) with its resolution")
            .RequireAuthorization(GovernancePolicies.CloseCases);
        return app;
    }

    public static async Task<Results<Created<CaseView>, Ok<CaseView>, ValidationProblem, ProblemHttpResult>> FileCase(
        FileCaseRequest request,
        [FromHeader(Name = "Idempotency-Key")] string? idempotencyKey,
        ClaimsPrincipal principal,
        HolidayCalendar calendar,
        CaseFiling filing,
        CancellationToken cancellationToken)
    {
        var user = PlatformUser.From(principal);
        var creditCode = Normalise(request.CreditCode, UnifiedSocialCreditCode.TryParse);
        if (user.IsInRole(PlatformRoles.Firm))
        {
            // A firm files for itself: its own code by default, never another firm's.
            if (creditCode is not null && creditCode != user.CreditCode)
            {
                return FieldProblems.For(
                    StatusCodes.Status403Forbidden, "creditCode",
                    "creditCode 须为本企业的统一社会信用代码，或不填 (creditCode must be your own firm's unified social credit code, or omitted)",
                    "企业只能以本企业名义提交诉求 (a firm can only file cases for itself)");
            }
            creditCode = user.CreditCode;
        }

        if (idempotencyKey is not null && (idempotencyKey.Length is 0 or > MaxIdempotencyKeyLength || idempotencyKey.Any(char.IsControl)))
        {
            return TypedResults.ValidationProblem(
                new Dictionary<string, string[]>
                {
                    ["Idempotency-Key"] = [$"幂等键须为 1 至 {MaxIdempotencyKeyLength} 个字符 (the Idempotency-Key must be 1 to {MaxIdempotencyKeyLength} printable characters)."],
                },
                title: "幂等键无效 (invalid Idempotency-Key).");
        }
        var outcome = await filing.FileAsync(
            new CaseIntakeRequest(
                request.Channel!.Value, request.ModuleCode, request.ServiceCode, request.Title.Trim(), request.Description.Trim(),
                creditCode, Normalise(request.ContactPhone, MobileNumber.TryParse), request.Place, idempotencyKey),
            user, cancellationToken);
        if (!outcome.Succeeded)
        {
            return outcome.Failure.ToProblem();
        }
        var view = CaseView.From(outcome.Value.Case, user, calendar.Current);
        return outcome.Value.Created ? TypedResults.Created($"/api/governance/cases/{view.Id}", view) : TypedResults.Ok(view);
    }

    public static async Task<Results<Ok<Page<CaseView>>, ValidationProblem>> ListCases(
        [AsParameters] PageRequest page,
        [AsParameters] CaseQuery query,
        ClaimsPrincipal principal,
        GovernanceContext db,
        HolidayCalendar calendar,
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
        return TypedResults.Ok(new Page<CaseView>(page.PageIndex, page.PageSize, count, items.ConvertAll(c => CaseView.From(c, user, calendar.Current))));
    }

    public static async Task<Results<Ok<Page<CaseView>>, ValidationProblem>> Inbox(
        [AsParameters] PageRequest page, ClaimsPrincipal principal, GovernanceContext db, HolidayCalendar calendar, CancellationToken cancellationToken)
    {
        var user = PlatformUser.From(principal);
        var cases = db.Cases.AsNoTracking().VisibleTo(user)
            .Where(c => c.Status == CaseStatus.Dispatched || c.Status == CaseStatus.InProgress || c.Status == CaseStatus.AwaitingCoHandlers);
        var count = await cases.LongCountAsync(cancellationToken);
        var items = await cases.Include(c => c.CoHandlers)
            .OrderBy(c => c.Status == CaseStatus.Dispatched ? c.SignForDueAt : c.CompletionDueAt).ThenBy(c => c.Id)
            .Skip(page.Skip).Take(page.PageSize).AsSplitQuery().ToListAsync(cancellationToken);
        return TypedResults.Ok(new Page<CaseView>(page.PageIndex, page.PageSize, count, items.ConvertAll(c => CaseView.From(c, user, calendar.Current))));
    }

    /// <summary>Another firm's or person's case is a 404, exactly like a case that does not exist.</summary>
    public static async Task<Results<Ok<CaseView>, NotFound>> GetCase(
        Guid id, ClaimsPrincipal principal, GovernanceContext db, HolidayCalendar calendar, CancellationToken cancellationToken)
    {
        var user = PlatformUser.From(principal);
        var found = await db.Cases.AsNoTracking().Include(c => c.CoHandlers).VisibleTo(user).FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        return found is null ? TypedResults.NotFound() : TypedResults.Ok(CaseView.From(found, user, calendar.Current));
    }

    public static async Task<Results<Ok<CaseTimelineView>, NotFound>> GetTimeline(
        Guid id, ClaimsPrincipal principal, GovernanceContext db, CancellationToken cancellationToken)
    {
        var user = PlatformUser.From(principal);
        var found = await db.Cases.AsNoTracking().Include(c => c.Notes).Include(c => c.Extensions).AsSplitQuery()
            .VisibleTo(user).FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        // The timeline carries the complainant's follow-up words and who handled them: not for the firm a complaint names.
        if (found is null || user.WithholdsComplainantFrom(found))
        {
            return TypedResults.NotFound();
        }
        return TypedResults.Ok(new CaseTimelineView(
            found.Id, found.Number, found.Status,
            // Entries written by one action share its instant (a co-handler's report and the closure it completes):
            // the closure comes last, and the ids, random within a millisecond, never decide that order.
            [.. found.Notes.OrderBy(n => n.At).ThenBy(n => n.Kind == CaseNoteKind.Closed).ThenBy(n => n.Id).Select(CaseNoteView.From)],
            [.. found.Extensions.OrderBy(e => e.RequestedAt).Select(ExtensionView.From)]));
    }

    public static async Task<Results<Ok<ExtensionView>, NotFound>> GetExtension(
        Guid id, Guid extensionId, ClaimsPrincipal principal, GovernanceContext db, CancellationToken cancellationToken)
    {
        var user = PlatformUser.From(principal);
        var found = await db.Cases.AsNoTracking().Include(c => c.Extensions).VisibleTo(user).FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        // Like the timeline it belongs to: not for the firm a complaint names.
        if (found is null || user.WithholdsComplainantFrom(found) || found.Extensions.FirstOrDefault(e => e.Id == extensionId) is not { } extension)
        {
            return TypedResults.NotFound();
        }
        return TypedResults.Ok(ExtensionView.From(extension));
    }

    public static Task<Results<Ok<CaseView>, NotFound, ProblemHttpResult>> CloseCase(
        Guid id, CloseCaseRequest request, ClaimsPrincipal principal, CaseTransitions transitions, CancellationToken cancellationToken) =>
        transitions.AnswerAsync(id, principal, "case.closed", (c, user, now) => c.CloseByCentre(request.Resolution.Trim(), user.Subject, now), cancellationToken);

    private delegate bool Parser(string? value, out string? normalised);

    private static string? Normalise(string? value, Parser parse) =>
        value is not null && parse(value, out var normalised) ? normalised : null;
}
