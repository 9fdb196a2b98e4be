using Microsoft.EntityFrameworkCore;
using Qingmeng.ServiceDefaults.Auditing;
using Qingmeng.ServiceDefaults.Authentication;
using Qingmeng.ServiceDefaults.Calendar;
using Qingmeng.ServiceDefaults.Data;
using Qingmeng.ServiceDefaults.Outcomes;
using Qingmeng.Talent.Infrastructure;
using Qingmeng.Talent.Model;

namespace Qingmeng.Talent.Application;

/// <summary>One ambassador's year: referrals registered, the hires they became (confirmed by the firm), those retained 6 months, any award.</summary>
public sealed record AmbassadorStanding(int Rank, Ambassador Ambassador, int Referrals, int Hires, int RetainedSixMonths, string? Award);

/// <summary>
/// 引工大使评选: the year's ranking counts only what a firm verified, the hires (dated by the hire), so a referral
/// nobody hired ranks no one; ties go to more 6-month retentions, then more referrals, then the earlier registration.
/// An award goes to an ambassador with hires that year, once per ambassador and year.
/// </summary>
public static class AmbassadorAwards
{
    public static async Task<IReadOnlyList<AmbassadorStanding>> RankAsync(TalentContext db, int year, CancellationToken cancellationToken)
    {
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
        return [.. ambassadors
            .Select(a => (Ambassador: a, Referrals: referrals.GetValueOrDefault(a.Id), Hires: hires.GetValueOrDefault(a.Id)))
            .OrderByDescending(x => x.Hires.Count).ThenByDescending(x => x.Hires.Retained).ThenByDescending(x => x.Referrals)
            .ThenBy(x => x.Ambassador.RegisteredAt)
            .Select((x, i) => new AmbassadorStanding(i + 1, x.Ambassador, x.Referrals, x.Hires.Count, x.Hires.Retained, awards.GetValueOrDefault(x.Ambassador.Id)))];
    }

    /// <summary>
    /// Awards <paramref name="ambassadorId"/> for <paramref name="year"/> with the hires they had in it, audited in the same
    /// save; refused (422 <c>year</c>) without a hire that year, and (409 <c>ambassadorId</c>) when already awarded for it.
    /// </summary>
    public static async Task<Outcome<AmbassadorAward>> AwardAsync(
        TalentContext db, Guid ambassadorId, int year, string title, PlatformUser user, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (!await db.Ambassadors.AnyAsync(a => a.Id == ambassadorId, cancellationToken))
        {
            return Failure.NotFound("ambassadorId", "无此引工大使 (no such ambassador)");
        }
        var hires = await YearsHires(db, year).CountAsync(h => h.AmbassadorId == ambassadorId, cancellationToken);
        if (hires == 0)
        {
            return Failure.Unprocessable("year", $"该引工大使 {year} 年没有经企业确认的录用，不能参评 (the ambassador had no confirmed hire in {year})")
                .Titled("该年度无促成录用 (No hires that year.)");
        }
        var award = AmbassadorAward.Give(ambassadorId, year, title, hires, user.Subject, now);
        db.AmbassadorAwards.Add(award);
        db.AddAudit(user, "ambassador.awarded", "ambassador", ambassadorId.ToString(), now);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (ex.IsUniqueViolation())
        {
            db.ChangeTracker.Clear();
            return Failure.Conflict("ambassadorId", $"该引工大使 {year} 年度已获评选 (the ambassador already has an award for {year})")
                .Titled("已评选 (Already awarded.)");
        }
        return award;
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
