using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Qingmeng.ServiceDefaults.Auditing;
using Qingmeng.ServiceDefaults.Authentication;
using Qingmeng.ServiceDefaults.Calendar;
using Qingmeng.ServiceDefaults.Data;
using Qingmeng.ServiceDefaults.Problems;
using Qingmeng.Talent.Infrastructure;
using Qingmeng.Talent.Model;


namespace Qingmeng.Talent.Apis;

/// <summary>
/// 引工大使评选: the year's ranking counts only what a firm verified, the hires (dated by the hire), so a referral
/// nobody hired ranks no one; ties go to more 6-month retentions, then more referrals.
/// </summary>
public static class AmbassadorRankingApi
{
    public static IEndpointRouteBuilder MapAmbassadorRankingApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/talent/ambassadors").WithTags("Ambassadors");
        api.MapGet("/ranking", GetRanking).WithName("GetAmbassadorRanking").WithSummary("引工大使评选: ambassadors ranked by the year's verified hires (officers)")
            .RequireAuthorization(TalentPolicies.Officers);
        api.MapPost("/awards", Award).WithName("AwardAmbassador").WithSummary("Award an ambassador for a year in which they had hires; once per ambassador and year (admins)")
            .RequireAuthorization(PlatformPolicies.Admins);
        return app;
    }

    public static async Task<Ok<AmbassadorRankingView>> GetRanking([AsParameters] AmbassadorRankingQuery query, TalentContext db, CancellationToken cancellationToken)
    {
        var year = query.Year!.Value;
        var (start, end) = ChinaYear(year);
        var referrals = await db.Referrals.AsNoTracking().Where(r => r.RegisteredAt >= start && r.RegisteredAt < end)
            .GroupBy(r => r.AmbassadorId).Select(g => new { AmbassadorId = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.AmbassadorId, g => g.Count, cancellationToken);
        var hires = await YearsHires(db, year)
            .GroupBy(h => h.AmbassadorId!.Value)
            .Select(g => new { AmbassadorId = g.Key, Count = g.Count(), Retained = g.Count(h => h.RetainedSixMonthsOn != null) })
            .ToDictionaryAsync(g => g.AmbassadorId, g => (g.Count, g.Retained), cancellationToken);
        var awards = await db.AmbassadorAwards.AsNoTracking().Where(a => a.Year == year)
            .ToDictionaryAsync(a => a.AmbassadorId, a => a.Title, cancellationToken);
        var ids = referrals.Keys.Union(hires.Keys).Union(awards.Keys).ToList();
        var ambassadors = await db.Ambassadors.AsNoTracking().Where(a => ids.Contains(a.Id)).ToListAsync(cancellationToken);
        var rows = ambassadors
            .Select(a => (Ambassador: a, Referrals: referrals.GetValueOrDefault(a.Id), Hires: hires.GetValueOrDefault(a.Id)))
            .OrderByDescending(x => x.Hires.Count).ThenByDescending(x => x.Hires.Retained).ThenByDescending(x => x.Referrals)
            .ThenBy(x => x.Ambassador.RegisteredAt)
            .Select((x, i) => new AmbassadorRankingRow(i + 1, x.Ambassador.Id, x.Ambassador.Name, x.Ambassador.Region, x.Referrals, x.Hires.Count, x.Hires.Retained,
                awards.GetValueOrDefault(x.Ambassador.Id)))
            .ToList();
        return TypedResults.Ok(new AmbassadorRankingView(year, rows));
    }

    public static async Task<Results<Created<AmbassadorAwardView>, NotFound, ProblemHttpResult>> Award(
        AwardAmbassadorRequest request, ClaimsPrincipal principal, TalentContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var user = PlatformUser.From(principal);
        var ambassadorId = request.AmbassadorId!.Value;
        var year = request.Year!.Value;
        if (!await db.Ambassadors.AnyAsync(a => a.Id == ambassadorId, cancellationToken))
        {
            return TypedResults.NotFound();
        }
        var hires = await YearsHires(db, year).CountAsync(h => h.AmbassadorId == ambassadorId, cancellationToken);
        if (hires == 0)
        {
            return FieldProblems.Unprocessable("year", $"该引工大使 {year} 年没有经企业确认的录用，不能参评 (the ambassador had no confirmed hire in {year})", "该年度无促成录用 (No hires that year.)");
        }
        var now = time.GetUtcNow();
        var award = AmbassadorAward.Give(ambassadorId, year, request.Title.Trim(), hires, user.Subject, now);
        db.AmbassadorAwards.Add(award);
        db.AddAudit(user, "ambassador.awarded", "ambassador", ambassadorId.ToString(), now);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (ex.IsUniqueViolation())
        {
            return FieldProblems.Conflict("ambassadorId", $"该引工大使 {year} 年度已获评选 (the ambassador already has an award for {year})", "已评选 (Already awarded.)");
        }
        return TypedResults.Created($"/api/talent/ambassadors/ranking?year={year}",
            new AmbassadorAwardView(award.Id, award.AmbassadorId, award.Year, award.Title, award.Hires, award.AwardedAt));
    }

    /// <summary>Hires through an ambassador dated in the year.</summary>
    private static IQueryable<Hire> YearsHires(TalentContext db, int year)
    {
        var first = new DateOnly(year, 1, 1);
        var last = new DateOnly(year, 12, 31);
        return db.Hires.AsNoTracking().Where(h => h.AmbassadorId != null && h.HiredOn >= first && h.HiredOn <= last);
    }

    private static (DateTimeOffset Start, DateTimeOffset End) ChinaYear(int year) =>
        (ChinaTime.StartOfDay(new DateOnly(year, 1, 1)), ChinaTime.StartOfDay(new DateOnly(year + 1, 1, 1)));
}
