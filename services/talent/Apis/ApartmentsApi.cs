using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Qingmeng.ServiceDefaults.Authentication;
using Qingmeng.ServiceDefaults.Calendar;
using Qingmeng.ServiceDefaults.Eligibility;
using Qingmeng.ServiceDefaults.Outcomes;
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
        var outcome = await Apartments.AddUnitAsync(
            db, new NewApartmentUnit(request.Building, request.UnitNumber, request.Bedrooms, request.AreaSquareMetres, request.MonthlyRent, request.MinTier!.Value),
            PlatformUser.From(principal), time.GetUtcNow(), cancellationToken);
        if (!outcome.Succeeded)
        {
            return outcome.Failure.ToProblem();
        }
        return TypedResults.Created($"/api/talent/apartments/units/{outcome.Value.Id}", UnitView.From(outcome.Value));
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
        var (decision, _) = await Apartments.EvaluateAsync(db, PersonKey.Of(residentId!), ChinaTime.Today(time), options.Value, cancellationToken);
        return TypedResults.Ok(decision);
    }

    public static async Task<Results<Created<HousingApplicationView>, ProblemHttpResult>> ApplyForHousing(
        HousingApplyRequest request, ClaimsPrincipal principal, TalentContext db, TimeProvider time, IOptions<TalentOptions> options,
        ILogger<HousingApplication> logger, CancellationToken cancellationToken)
    {
        var user = PlatformUser.From(principal);
        MobileNumber.TryParse(request.Phone, out var phone);
        var outcome = await Apartments.ApplyAsync(
            db, user, request.ResidentIdNumber, request.ApplicantName, phone!, time.GetUtcNow(), ChinaTime.Today(time), options.Value, logger, cancellationToken);
        if (!outcome.Succeeded)
        {
            return outcome.Failure.ToProblem();
        }
        var (application, position) = outcome.Value;
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
                application.Status == HousingApplicationStatus.Waiting ? await Apartments.PositionOfAsync(db, application, cancellationToken) : null));
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
        var outcome = await Apartments.AllocateAsync(
            db, request.UnitId!.Value, PlatformUser.From(principal), time.GetUtcNow(), ChinaTime.Today(time), options.Value, metrics, logger, cancellationToken);
        if (!outcome.Succeeded)
        {
            return outcome.Failure.Kind == FailureKind.NotFound ? TypedResults.NotFound() : outcome.Failure.ToProblem();
        }
        return TypedResults.Created($"/api/talent/apartments/leases/{outcome.Value.Id}", LeaseView.From(outcome.Value));
    }

    public static async Task<Ok<Page<LeaseView>>> ListLeases([AsParameters] PageRequest page, TalentContext db, CancellationToken cancellationToken)
    {
        var leases = db.Leases.AsNoTracking();
        var count = await leases.LongCountAsync(cancellationToken);
        var items = await leases.OrderBy(l => l.EndsOn).Skip(page.Skip).Take(page.PageSize).ToListAsync(cancellationToken);
        return TypedResults.Ok(new Page<LeaseView>(page.PageIndex, page.PageSize, count, items.ConvertAll(LeaseView.From)));
    }
}
