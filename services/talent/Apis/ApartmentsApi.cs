using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Qingmeng.ServiceDefaults.Auditing;
using Qingmeng.ServiceDefaults.Authentication;
using Qingmeng.ServiceDefaults.Calendar;
using Qingmeng.ServiceDefaults.Data;
using Qingmeng.ServiceDefaults.Eligibility;
using Qingmeng.ServiceDefaults.Paging;
using Qingmeng.ServiceDefaults.Problems;
using Qingmeng.ServiceDefaults.Validation;
using Qingmeng.Talent.Application;
using Qingmeng.Talent.Infrastructure;
using Qingmeng.Talent.Model;
using Qingmeng.Talent.Operations;

namespace Qingmeng.Talent.Apis;

public sealed record OccupancyView(int Units, int Occupied, decimal OccupancyRate, int Waiting);

/// <summary>Talent apartments (人才公寓): eligibility by tier, a waitlist by tier then date, allocation with an audit trail.</summary>
public static class ApartmentsApi
{
    public static IEndpointRouteBuilder MapApartmentsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/talent/apartments").WithTags("Talent apartments");

        api.MapGet("/units", ListUnits).WithName("ListApartmentUnits").WithSummary("Units and their status (officers)")
            .RequireAuthorization(TalentPolicies.Officers);
        api.MapPost("/units", CreateUnit).WithName("CreateApartmentUnit").WithSummary("Add a unit (officers)")
            .RequireAuthorization(TalentPolicies.Officers);
        api.MapGet("/occupancy", Occupancy).WithName("ApartmentOccupancy").WithSummary("Units, occupancy and waitlist length (officers)")
            .RequireAuthorization(TalentPolicies.Officers);
        api.MapPost("/eligibility", CheckEligibility).WithName("CheckApartmentEligibility").WithSummary("Explain whether a person may join the waitlist: a citizen themselves, officers anyone; writes nothing")
            .RequireAuthorization(TalentPolicies.CitizensAndOfficers);
        api.MapPost("/applications", ApplyForHousing).WithName("ApplyForApartment").WithSummary("Join the waitlist (eligible certified talents)")
            .RequireAuthorization(TalentPolicies.Citizens);
        api.MapGet("/applications/mine", MyHousingApplications).WithName("MyApartmentApplications").WithSummary("The caller's applications and waitlist position")
            .RequireAuthorization(TalentPolicies.Citizens);
        api.MapGet("/waitlist", ListWaitlist).WithName("ApartmentWaitlist").WithSummary("The waitlist in allocation order: tier, then date (officers)")
            .RequireAuthorization(TalentPolicies.Officers);
        api.MapPost("/allocations", Allocate).WithName("AllocateApartment").WithSummary("Let a vacant unit to the first waiting applicant whose tier it accepts (officers)")
            .RequireAuthorization(TalentPolicies.Officers);
        api.MapGet("/leases", ListLeases).WithName("ListLeases").WithSummary("Leases, soonest ending first (officers)")
            .RequireAuthorization(TalentPolicies.Officers);
        return app;
    }

    public static async Task<Ok<Page<UnitView>>> ListUnits([AsParameters] PageRequest page, [AsParameters] UnitQuery query, TalentContext db, CancellationToken cancellationToken)
    {
        var units = db.ApartmentUnits.AsNoTracking();
        if (query.Status is { } status)
        {
            units = units.Where(u => u.Status == status);
        }
        var count = await units.LongCountAsync(cancellationToken);
        var items = await units.OrderBy(u => u.Building).ThenBy(u => u.UnitNumber).Skip(page.Skip).Take(page.PageSize).ToListAsync(cancellationToken);
        return TypedResults.Ok(new Page<UnitView>(page.PageIndex, page.PageSize, count, items.ConvertAll(UnitView.From)));
    }

    public static async Task<Results<Created<UnitView>, ProblemHttpResult>> CreateUnit(
        CreateUnitRequest request, ClaimsPrincipal principal, TalentContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var user = PlatformUser.From(principal);
        var now = time.GetUtcNow();
        var unit = ApartmentUnit.Create(request.Building.Trim(), request.UnitNumber.Trim(), request.Bedrooms, request.AreaSquareMetres, request.MonthlyRent, request.MinTier!.Value, now);
        db.ApartmentUnits.Add(unit);
        db.AddAudit(user, "apartment.unit_created", "apartment_unit", unit.Id.ToString(), now);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (ex.IsUniqueViolation())
        {
            return FieldProblems.Conflict("unitNumber", $"{unit.Label} 已存在 ({unit.Label} already exists)", "房源已存在 (Unit exists.)");
        }
        return TypedResults.Created($"/api/talent/apartments/units/{unit.Id}", UnitView.From(unit));
    }

    public static async Task<Ok<OccupancyView>> Occupancy(TalentContext db, CancellationToken cancellationToken)
    {
        var units = await db.ApartmentUnits.CountAsync(cancellationToken);
        var occupied = await db.ApartmentUnits.CountAsync(u => u.Status == UnitStatus.Occupied, cancellationToken);
        var waiting = await db.HousingApplications.CountAsync(a => a.Status == HousingApplicationStatus.Waiting, cancellationToken);
        return TypedResults.Ok(new OccupancyView(units, occupied, units == 0 ? 0 : Math.Round((decimal)occupied / units, 4), waiting));
    }

    public static async Task<Results<Ok<EligibilityResult>, ProblemHttpResult>> CheckEligibility(
        EligibilityRequest request, ClaimsPrincipal principal, TalentContext db, TimeProvider time, IOptions<TalentOptions> options,
        ILogger<HousingApplication> logger, CancellationToken cancellationToken)
    {
        // Whether an arbitrary person holds a current certification is the talent office's question; a citizen asks about themselves.
        var user = PlatformUser.From(principal);
        if (!user.IsOfficer() && user.RefuseUnlessOwnResidentId(request.ResidentIdNumber, "apartment eligibility", logger) is { } refusal)
        {
            return refusal.ToProblem();
        }
        ResidentIdNumber.TryParse(request.ResidentIdNumber, out var residentId);
        var (decision, _) = await EvaluateAsync(db, PersonKey.Of(residentId!), ChinaTime.Today(time), options.Value, cancellationToken);
        return TypedResults.Ok(decision);
    }

    public static async Task<Results<Created<HousingApplicationView>, ProblemHttpResult>> ApplyForHousing(
        HousingApplyRequest request, ClaimsPrincipal principal, TalentContext db, TimeProvider time, IOptions<TalentOptions> options,
        ILogger<HousingApplication> logger, CancellationToken cancellationToken)
    {
        var user = PlatformUser.From(principal);
        if (user.RefuseUnlessOwnResidentId(request.ResidentIdNumber, "apartment application", logger) is { } refusal)
        {
            return refusal.ToProblem();
        }
        ResidentIdNumber.TryParse(request.ResidentIdNumber, out var residentId);
        MobileNumber.TryParse(request.Phone, out var phone);
        var personKey = PersonKey.Of(residentId!);
        var (decision, certification) = await EvaluateAsync(db, personKey, ChinaTime.Today(time), options.Value, cancellationToken);
        if (decision.Outcome != EligibilityOutcome.Met)
        {
            var failed = decision.Unmet.Concat(decision.Missing).ToList();
            return TypedResults.Problem(
                title: "不符合人才公寓申请条件 (Not eligible for a talent apartment.)",
                detail: string.Join("；", failed.Select(c => c.Text)),
                statusCode: StatusCodes.Status422UnprocessableEntity,
                extensions: new Dictionary<string, object?>
                {
                    ["field"] = failed.Count > 0 ? failed[0].Field : ApartmentEligibility.CertificationCurrent,
                    ["errors"] = failed.GroupBy(c => c.Field).ToDictionary(g => g.Key, g => g.Select(c => c.Text).ToArray()),
                    ["explanations"] = decision.Explanations,
                });
        }
        var now = time.GetUtcNow();
        var application = HousingApplication.Apply(user.Subject, request.ApplicantName.Trim(), phone!, personKey, PersonKey.Masked(residentId!), certification!, now);
        db.HousingApplications.Add(application);
        db.AddAudit(user, "apartment.applied", "housing_application", application.Id.ToString(), now);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (ex.IsUniqueViolation())
        {
            return FieldProblems.Conflict("residentIdNumber", "该人员已在人才公寓轮候名单中 (already on the waitlist).", "Already waiting.");
        }
        var position = await PositionOfAsync(db, application, cancellationToken);
        return TypedResults.Created($"/api/talent/apartments/applications/{application.Id}", HousingApplicationView.From(application, user, position));
    }

    public static async Task<Ok<IReadOnlyList<HousingApplicationView>>> MyHousingApplications(ClaimsPrincipal principal, TalentContext db, CancellationToken cancellationToken)
    {
        var user = PlatformUser.From(principal);
        var mine = await db.HousingApplications.AsNoTracking().Where(a => a.ApplicantSubject == user.Subject).OrderByDescending(a => a.AppliedAt).ToListAsync(cancellationToken);
        var views = new List<HousingApplicationView>();
        foreach (var application in mine)
        {
            views.Add(HousingApplicationView.From(application, user,
                application.Status == HousingApplicationStatus.Waiting ? await PositionOfAsync(db, application, cancellationToken) : null));
        }
        return TypedResults.Ok<IReadOnlyList<HousingApplicationView>>(views);
    }

    public static async Task<Ok<Page<HousingApplicationView>>> ListWaitlist(
        [AsParameters] PageRequest page, ClaimsPrincipal principal, TalentContext db, CancellationToken cancellationToken)
    {
        var user = PlatformUser.From(principal);
        var ordered = Waitlist.Order(db.HousingApplications.AsNoTracking());
        var count = await ordered.LongCountAsync(cancellationToken);
        var items = await ordered.Skip(page.Skip).Take(page.PageSize).ToListAsync(cancellationToken);
        return TypedResults.Ok(new Page<HousingApplicationView>(page.PageIndex, page.PageSize, count,
            items.Select((a, i) => HousingApplicationView.From(a, user, page.Skip + i + 1)).ToList()));
    }

    public static async Task<Results<Created<LeaseView>, NotFound, ProblemHttpResult>> Allocate(
        AllocateRequest request, ClaimsPrincipal principal, TalentContext db, TimeProvider time, IOptions<TalentOptions> options,
        TalentMetrics metrics, ILogger<Lease> logger, CancellationToken cancellationToken)
    {
        var user = PlatformUser.From(principal);
        var unit = await db.ApartmentUnits.FirstOrDefaultAsync(u => u.Id == request.UnitId, cancellationToken);
        if (unit is null)
        {
            return TypedResults.NotFound();
        }
        if (unit.Status != UnitStatus.Vacant)
        {
            return FieldProblems.Conflict("unitId", $"{unit.Label} 已出租 ({unit.Label} is already let)", "房源已出租 (Unit not vacant.)");
        }
        // Candidates in waitlist order; the first whose tier the unit accepts gets it.
        var candidates = await Waitlist.Order(db.HousingApplications).Take(500).ToListAsync(cancellationToken);
        var next = Waitlist.NextFor(unit, candidates);
        if (next is null)
        {
            return FieldProblems.Unprocessable("unitId", $"没有达到 {unit.MinTier} 类及以上的轮候申请人，{unit.Label} 要求该层次 (no waiting applicant holds tier {unit.MinTier} or higher, which {unit.Label} requires)", "没有符合条件的申请人 (No eligible applicant.)");
        }
        var now = time.GetUtcNow();
        unit.Occupy();
        var lease = Lease.Start(unit, next, ChinaTime.Today(time), options.Value.LeaseYears, user.Subject, now);
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
            return FieldProblems.Conflict("unitId", $"{unit.Label} 或其申请人已被其他工作人员同时配租 ({unit.Label} or its applicant was allocated by another officer at the same time)", "已被他人同时配租 (Allocated concurrently.)");
        }
        metrics.UnitAllocated();
        TalentLog.UnitAllocated(logger, unit.Id, lease.Id);
        return TypedResults.Created($"/api/talent/apartments/leases/{lease.Id}", LeaseView.From(lease));
    }

    public static async Task<Ok<Page<LeaseView>>> ListLeases([AsParameters] PageRequest page, TalentContext db, CancellationToken cancellationToken)
    {
        var leases = db.Leases.AsNoTracking();
        var count = await leases.LongCountAsync(cancellationToken);
        var items = await leases.OrderBy(l => l.EndsOn).Skip(page.Skip).Take(page.PageSize).ToListAsync(cancellationToken);
        return TypedResults.Ok(new Page<LeaseView>(page.PageIndex, page.PageSize, count, items.ConvertAll(LeaseView.From)));
    }

    private static async Task<(EligibilityResult Decision, TalentCertification? Certification)> EvaluateAsync(
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

    private static async Task<int> PositionOfAsync(TalentContext db, HousingApplication a, CancellationToken cancellationToken) =>
        1 + await db.HousingApplications.CountAsync(o => o.Status == HousingApplicationStatus.Waiting
            && (o.Tier < a.Tier || (o.Tier == a.Tier && o.AppliedAt < a.AppliedAt)), cancellationToken);
}
