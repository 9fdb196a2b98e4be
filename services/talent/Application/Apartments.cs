using Microsoft.EntityFrameworkCore;
using Qingmeng.ServiceDefaults.Auditing;
using Qingmeng.ServiceDefaults.Authentication;
using Qingmeng.ServiceDefaults.Data;
using Qingmeng.ServiceDefaults.Eligibility;
using Qingmeng.ServiceDefaults.Outcomes;
using Qingmeng.ServiceDefaults.Validation;
using Qingmeng.Talent.Infrastructure;
using Qingmeng.Talent.Model;
using Qingmeng.Talent.Operations;

namespace Qingmeng.Talent.Application;

/// <summary>A unit added to the stock of talent apartments, as the officer gave it.</summary>
public sealed record NewApartmentUnit(string Building, string UnitNumber, int Bedrooms, decimal AreaSquareMetres, decimal MonthlyRent, TalentTier MinTier);

/// <summary>A waitlist application and its place in the queue.</summary>
public sealed record WaitlistPlace(HousingApplication Application, int Position);

/// <summary>
/// Talent apartments (人才公寓): units added, eligibility by tier, the waitlist (tier, then date) and allocation. Each
/// change writes its audit entry in the same save.
/// </summary>
public static class Apartments
{
    public static async Task<Outcome<ApartmentUnit>> AddUnitAsync(
        TalentContext db, NewApartmentUnit request, PlatformUser user, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var unit = ApartmentUnit.Create(request.Building.Trim(), request.UnitNumber.Trim(), request.Bedrooms, request.AreaSquareMetres, request.MonthlyRent, request.MinTier, now);
        db.ApartmentUnits.Add(unit);
        db.AddAudit(user, "apartment.unit_created", "apartment_unit", unit.Id.ToString(), now);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (ex.IsUniqueViolation())
        {
            return Failure.Conflict("unitNumber", $"{unit.Label} 已存在 ({unit.Label} already exists)").Titled("房源已存在 (Unit exists.)");
        }
        return unit;
    }

    /// <summary>
    /// A citizen joins the waitlist for themselves: refused unless the resident ID is their own and their highest current
    /// certification makes them eligible (every condition not met or not known named).
    /// </summary>
    public static async Task<Outcome<WaitlistPlace>> ApplyAsync(
        TalentContext db, PlatformUser user, string residentIdNumber, string applicantName, string phone, DateTimeOffset now, DateOnly today,
        TalentOptions options, ILogger logger, CancellationToken cancellationToken)
    {
        if (user.RefuseUnlessOwnResidentId(residentIdNumber, "apartment application", logger) is { } refusal)
        {
            return refusal;
        }
        ResidentIdNumber.TryParse(residentIdNumber, out var residentId);
        var personKey = PersonKey.Of(residentId!);
        var (decision, certification) = await EvaluateAsync(db, personKey, today, options, cancellationToken);
        if (decision.Outcome != EligibilityOutcome.Met)
        {
            var failed = decision.Unmet.Concat(decision.Missing).ToList();
            return Failure.Unprocessable(failed.Count > 0 ? failed[0].Field : ApartmentEligibility.CertificationCurrent, string.Join("；", failed.Select(c => c.Text)))
                .Titled("不符合人才公寓申请条件 (Not eligible for a talent apartment.)")
                .With("errors", failed.GroupBy(c => c.Field).ToDictionary(g => g.Key, g => g.Select(c => c.Text).ToArray()))
                .With("explanations", decision.Explanations);
        }
        var application = HousingApplication.Apply(user.Subject, applicantName.Trim(), phone, personKey, PersonKey.Masked(residentId!), certification!, now);
        db.HousingApplications.Add(application);
        db.AddAudit(user, "apartment.applied", "housing_application", application.Id.ToString(), now);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (ex.IsUniqueViolation())
        {
            return Failure.Conflict("residentIdNumber", "该人员已在人才公寓轮候名单中 (already on the waitlist).").Titled("Already waiting.");
        }
        return new WaitlistPlace(application, await PositionOfAsync(db, application, cancellationToken));
    }

    /// <summary>Lets a vacant unit to the first waiting applicant whose tier it accepts; a concurrent allocation wins over ours.</summary>
    public static async Task<Outcome<Lease>> AllocateAsync(
        TalentContext db, Guid unitId, PlatformUser user, DateTimeOffset now, DateOnly today, TalentOptions options, TalentMetrics metrics,
        ILogger logger, CancellationToken cancellationToken)
    {
        var unit = await db.ApartmentUnits.FirstOrDefaultAsync(u => u.Id == unitId, cancellationToken);
        if (unit is null)
        {
            return Failure.NotFound("unitId", "无此房源 (no such unit).");
        }
        if (unit.Status != UnitStatus.Vacant)
        {
            return Failure.Conflict("unitId", $"{unit.Label} 已出租 ({unit.Label} is already let)").Titled("房源已出租 (Unit not vacant.)");
        }
        // Candidates in waitlist order; the first whose tier the unit accepts gets it.
        var candidates = await Waitlist.Order(db.HousingApplications).Take(500).ToListAsync(cancellationToken);
        var next = Waitlist.NextFor(unit, candidates);
        if (next is null)
        {
            return Failure.Unprocessable("unitId", $"没有达到 {unit.MinTier} 类及以上的轮候申请人，{unit.Label} 要求该层次 (no waiting applicant holds tier {unit.MinTier} or higher, which {unit.Label} requires)")
                .Titled("没有符合条件的申请人 (No eligible applicant.)");
        }
        unit.Occupy();
        var lease = Lease.Start(unit, next, today, options.LeaseYears, user.Subject, now);
        next.Allocate(lease.Id);
        db.Leases.Add(lease);
        db.AddAudit(user, "apartment.allocated", "apartment_unit", unit.Id.ToString(), now);
        db.AddAudit(user, "apartment.lease_started", "lease", lease.Id.ToString(), now);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is DbUpdateConcurrencyException || (ex is DbUpdateException update && update.IsUniqueViolation()))
        {
            // Another officer let the unit (or allocated the applicant) at the same moment: their allocation stands, ours is discarded.
            TalentLog.AllocationLostRace(logger, unit.Id);
            return Failure.Conflict("unitId", $"{unit.Label} 或其申请人已被其他工作人员同时配租 ({unit.Label} or its applicant was allocated by another officer at the same time)")
                .Titled("已被他人同时配租 (Allocated concurrently.)");
        }
        metrics.UnitAllocated();
        TalentLog.UnitAllocated(logger, unit.Id, lease.Id);
        return lease;
    }

    /// <summary>Whether the person may join the waitlist, on their highest current certification; writes nothing.</summary>
    public static async Task<(EligibilityResult Decision, TalentCertification? Certification)> EvaluateAsync(
        TalentContext db, string personKey, DateOnly today, TalentOptions options, CancellationToken cancellationToken)
    {
        // The highest current certification counts.
        var certification = await db.Certifications.AsNoTracking()
            .Where(c => c.PersonKey == personKey && c.Status == CertificationStatus.Certified && c.ValidUntil >= today)
            .OrderBy(c => c.Tier).FirstOrDefaultAsync(cancellationToken)
            ?? await db.Certifications.AsNoTracking().Where(c => c.PersonKey == personKey).OrderByDescending(c => c.SubmittedAt).FirstOrDefaultAsync(cancellationToken);
        var housed = await db.HousingApplications.AnyAsync(a => a.PersonKey == personKey
            && (a.Status == HousingApplicationStatus.Waiting || (a.Status == HousingApplicationStatus.Allocated && db.Leases.Any(l => l.Id == a.LeaseId && l.Status == LeaseStatus.Active))),
            cancellationToken);
        return (ApartmentEligibility.Evaluate(certification, today, options.ApartmentLowestEligibleTier, housed), certification);
    }

    /// <summary>The application's place in the waitlist: those of a higher tier, then those of its tier who applied earlier, go first.</summary>
    public static async Task<int> PositionOfAsync(TalentContext db, HousingApplication a, CancellationToken cancellationToken) =>
        1 + await db.HousingApplications.CountAsync(o => o.Status == HousingApplicationStatus.Waiting
            && (o.Tier < a.Tier || (o.Tier == a.Tier && o.AppliedAt < a.AppliedAt)), cancellationToken);
}
