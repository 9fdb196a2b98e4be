using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Qingmeng.ServiceDefaults.Auditing;
using Qingmeng.ServiceDefaults.Authentication;
using Qingmeng.ServiceDefaults.Calendar;
using Qingmeng.ServiceDefaults.Data;
using Qingmeng.ServiceDefaults.Paging;
using Qingmeng.ServiceDefaults.Problems;
using Qingmeng.ServiceDefaults.Validation;
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
        var user = PlatformUser.From(principal);
        var now = time.GetUtcNow();
        var entry = CompetitionEntry.Enter(request.Edition, request.ProjectName.Trim(), request.TeamLead.Trim(), request.Track.Trim(), request.Award?.Trim(), request.TalentsIntroduced, now);
        db.CompetitionEntries.Add(entry);
        db.AddAudit(user, "competition.entry_created", "competition_entry", entry.Id.ToString(), now);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (ex.IsUniqueViolation())
        {
            return FieldProblems.Conflict("projectName", $"{request.ProjectName} 已报名第 {request.Edition} 届 ({request.ProjectName} is already entered in {request.Edition})", "参赛项目已存在 (Entry exists.)");
        }
        return TypedResults.Created($"/api/talent/competition/entries/{entry.Id}", EntryView.From(entry));
    }

    public static async Task<Results<Ok<EntryView>, NotFound, ProblemHttpResult>> UpdateLanding(
        Guid id, UpdateLandingRequest request, ClaimsPrincipal principal, TalentContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var user = PlatformUser.From(principal);
        var entry = await db.CompetitionEntries.FirstOrDefaultAsync(e => e.Id == id, cancellationToken);
        if (entry is null)
        {
            return TypedResults.NotFound();
        }
        UnifiedSocialCreditCode.TryParse(request.CreditCode, out var creditCode);
        if (request.LandedOn > ChinaTime.Today(time))
        {
            return FieldProblems.Unprocessable("landedOn", "落地日期不能晚于今天 (landedOn cannot be after today)", "落地日期晚于今天 (Landing date in the future.)");
        }
        if (entry.UpdateLanding(request.Status!.Value, creditCode, request.LandedOn, request.TalentsIntroduced) is { } refusal)
        {
            return FieldProblems.Unprocessable(request.Status == LandingStatus.Landed ? "creditCode" : "status", refusal, "落地状态不能这样变更 (The landing status cannot change so.)");
        }
        var now = time.GetUtcNow();
        db.AddAudit(user, $"competition.landing_{request.Status.Value.ToString().ToLowerInvariant()}", "competition_entry", entry.Id.ToString(), now);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(EntryView.From(entry));
    }
}
