using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Qingmeng.ServiceDefaults.Authentication;
using Qingmeng.ServiceDefaults.Calendar;
using Qingmeng.ServiceDefaults.Outcomes;
using Qingmeng.ServiceDefaults.Paging;
using Qingmeng.ServiceDefaults.Problems;
using Qingmeng.Talent.Application;
using Qingmeng.Talent.Infrastructure;
using Qingmeng.Talent.Model;


namespace Qingmeng.Talent.Apis;

/// <summary>The 清濛杯 innovation competition: entries and whether their projects landed in the zone.</summary>
public static class CompetitionApi
{
    public static IEndpointRouteBuilder MapCompetitionApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/talent/competition").WithTags("清濛杯");

        api.MapGet("/entries", List).WithName("ListCompetitionEntries").WithSummary("Entries and landing status (public)").AllowAnonymous();
        api.MapGet("/summary", Summary).WithName("CompetitionSummary").WithSummary("Projects landed and talents they bring (public)").AllowAnonymous();
        api.MapPost("/entries", Create).WithName("CreateCompetitionEntry").WithSummary("Record an entry (officers)")
            .RequireAuthorization(TalentPolicies.Officers);
        api.MapPost("/entries/{id:guid}/landing", UpdateLanding).WithName("UpdateLandingStatus").WithSummary("Move an entry's landing status (officers)")
            .RequireAuthorization(TalentPolicies.Officers);
        return app;
    }

    public static async Task<Ok<Page<EntryView>>> List([AsParameters] PageRequest page, [AsParameters] EntryQuery query, TalentContext db, CancellationToken cancellationToken)
    {
        var entries = db.CompetitionEntries.AsNoTracking();
        if (query.Edition is { } edition)
        {
            entries = entries.Where(e => e.Edition == edition);
        }
        if (query.LandingStatus is { } status)
        {
            entries = entries.Where(e => e.LandingStatus == status);
        }
        var count = await entries.LongCountAsync(cancellationToken);
        var items = await entries.OrderByDescending(e => e.Edition).ThenBy(e => e.ProjectName).Skip(page.Skip).Take(page.PageSize).ToListAsync(cancellationToken);
        return TypedResults.Ok(new Page<EntryView>(page.PageIndex, page.PageSize, count, items.ConvertAll(EntryView.From)));
    }

    public static async Task<Ok<CompetitionSummary>> Summary(TalentContext db, CancellationToken cancellationToken)
    {
        var entries = await db.CompetitionEntries.AsNoTracking().Select(e => new { e.LandingStatus, e.TalentsIntroduced }).ToListAsync(cancellationToken);
        return TypedResults.Ok(new CompetitionSummary(
            entries.Count,
            entries.Count(e => e.LandingStatus == LandingStatus.Landed),
            entries.Count(e => e.LandingStatus == LandingStatus.Negotiating),
            entries.Where(e => e.LandingStatus == LandingStatus.Landed).Sum(e => e.TalentsIntroduced)));
    }

    public static async Task<Results<Created<EntryView>, ProblemHttpResult>> Create(
        CreateEntryRequest request, ClaimsPrincipal principal, TalentContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var outcome = await CompetitionEntries.EnterAsync(
            db, new NewCompetitionEntry(request.Edition, request.ProjectName, request.TeamLead, request.Track, request.Award, request.TalentsIntroduced),
            PlatformUser.From(principal), time.GetUtcNow(), cancellationToken);
        if (!outcome.Succeeded)
        {
            return outcome.Failure.ToProblem();
        }
        return TypedResults.Created($"/api/talent/competition/entries/{outcome.Value.Id}", EntryView.From(outcome.Value));
    }

    public static async Task<Results<Ok<EntryView>, NotFound, ProblemHttpResult>> UpdateLanding(
        Guid id, UpdateLandingRequest request, ClaimsPrincipal principal, TalentContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var outcome = await CompetitionEntries.UpdateLandingAsync(
            db, id, new LandingChange(request.Status!.Value, request.CreditCode, request.LandedOn, request.TalentsIntroduced),
            PlatformUser.From(principal), time.GetUtcNow(), ChinaTime.Today(time), cancellationToken);
        if (!outcome.Succeeded)
        {
            return outcome.Failure.Kind == FailureKind.NotFound ? TypedResults.NotFound() : outcome.Failure.ToProblem();
        }
        return TypedResults.Ok(EntryView.From(outcome.Value));
    }
}
