using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Qingmeng.ServiceDefaults.Authentication;
using Qingmeng.ServiceDefaults.Calendar;
using Qingmeng.ServiceDefaults.Outcomes;
using Qingmeng.ServiceDefaults.Paging;
using Qingmeng.ServiceDefaults.Problems;
using Qingmeng.ServiceDefaults.Validation;
using Qingmeng.Talent.Application;
using Qingmeng.Talent.Infrastructure;
using Qingmeng.Talent.Model;
using Qingmeng.Talent.Operations;

namespace Qingmeng.Talent.Apis;

/// <summary>
/// 健康十条: bookings for the zone hospital's home visits (上门服务) and extended-hours (延时服务) services. Welfare
/// officers open slots inside each service's hours; citizens book and cancel their own; a slot's capacity is never
/// exceeded (conditional UPDATE in the booking's transaction, backed by a check constraint).
/// </summary>
public static class HealthBookingsApi
{
    public static IEndpointRouteBuilder MapHealthBookingsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/talent/welfare").WithTags("Worker welfare");

        api.MapGet("/health-services", ListServices).WithName("ListHealthServices").WithSummary("The 健康十条 services and their hours (public)")
            .AllowAnonymous();
        api.MapGet("/health-services/{id:guid}/slots", ListSlots).WithName("ListHealthSlots").WithSummary("Upcoming slots and remaining places (public)")
            .AllowAnonymous();
        api.MapPost("/health-services/{id:guid}/slots", OpenSlot).WithName("OpenHealthSlot").WithSummary("Open a slot inside the service's hours (welfare officers)")
            .RequireAuthorization(TalentPolicies.WelfareOfficers);
        api.MapGet("/health-slots/{slotId:guid}/bookings", SlotBookings).WithName("HealthSlotBookings").WithSummary("Who booked a slot (welfare officers)")
            .RequireAuthorization(TalentPolicies.WelfareOfficers);
        api.MapPost("/health-bookings", Book).WithName("BookHealthService").WithSummary("Book a place in a slot (citizens)")
            .RequireAuthorization(TalentPolicies.Citizens);
        api.MapGet("/health-bookings/mine", MyBookings).WithName("MyHealthBookings").WithSummary("The caller's bookings")
            .RequireAuthorization(TalentPolicies.Citizens);
        api.MapPost("/health-bookings/{id:guid}/cancel", Cancel).WithName("CancelHealthBooking").WithSummary("Cancel one's own booking before the slot starts")
            .RequireAuthorization(TalentPolicies.Citizens);
        return app;
    }

    public static string KindLabel(HealthServiceKind kind) => kind == HealthServiceKind.HomeVisit ? "上门服务" : "延时服务";

    public static async Task<Ok<IReadOnlyList<HealthServiceView>>> ListServices(TalentContext db, CancellationToken cancellationToken)
    {
        var services = await db.HealthServices.AsNoTracking().OrderBy(s => s.Code).ToListAsync(cancellationToken);
        return TypedResults.Ok<IReadOnlyList<HealthServiceView>>(services.ConvertAll(HealthServiceView.From));
    }

    public static async Task<Results<Ok<IReadOnlyList<SlotView>>, NotFound>> ListSlots(
        Guid id, [AsParameters] SlotQuery query, TalentContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        if (!await db.HealthServices.AnyAsync(s => s.Id == id, cancellationToken))
        {
            return TypedResults.NotFound();
        }
        var from = query.From ?? ChinaTime.Today(time);
        var to = query.To ?? from.AddDays(31);
        var slots = await db.HealthServiceSlots.AsNoTracking().Where(s => s.ServiceId == id && s.Date >= from && s.Date <= to)
            .OrderBy(s => s.Date).ThenBy(s => s.StartsAt).Take(500).ToListAsync(cancellationToken);
        return TypedResults.Ok<IReadOnlyList<SlotView>>(slots.ConvertAll(SlotView.From));
    }

    public static async Task<Results<Created<SlotView>, NotFound, ValidationProblem, ProblemHttpResult>> OpenSlot(
        Guid id, OpenSlotRequest request, ClaimsPrincipal principal, TalentContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var outcome = await HealthSlots.OpenAsync(
            db, id, new NewHealthSlot(request.Date!.Value, request.StartsAt!.Value, request.EndsAt!.Value, request.Capacity!.Value),
            PlatformUser.From(principal), time.GetUtcNow(), cancellationToken);
        if (!outcome.Succeeded)
        {
            return outcome.Failure.Kind switch
            {
                FailureKind.NotFound => TypedResults.NotFound(),
                FailureKind.Invalid => TypedResults.ValidationProblem((IDictionary<string, string[]>)outcome.Failure.Extensions[HealthSlots.ErrorsMember]!),
                _ => outcome.Failure.ToProblem(),
            };
        }
        var slot = outcome.Value;
        return TypedResults.Created($"/api/talent/welfare/health-services/{slot.ServiceId}/slots/{slot.Id}", SlotView.From(slot));
    }

    public static async Task<Results<Ok<Page<HealthBookingView>>, NotFound>> SlotBookings(
        Guid slotId, [AsParameters] PageRequest page, ClaimsPrincipal principal, TalentContext db, CancellationToken cancellationToken)
    {
        var user = PlatformUser.From(principal);
        var slot = await db.HealthServiceSlots.AsNoTracking().FirstOrDefaultAsync(s => s.Id == slotId, cancellationToken);
        if (slot is null)
        {
            return TypedResults.NotFound();
        }
        var service = await db.HealthServices.AsNoTracking().FirstAsync(s => s.Id == slot.ServiceId, cancellationToken);
        var bookings = db.HealthBookings.AsNoTracking().Where(b => b.SlotId == slotId);
        var count = await bookings.LongCountAsync(cancellationToken);
        var items = await bookings.OrderBy(b => b.BookedAt).ThenBy(b => b.Id).Skip(page.Skip).Take(page.PageSize).ToListAsync(cancellationToken);
        return TypedResults.Ok(new Page<HealthBookingView>(page.PageIndex, page.PageSize, count, items.ConvertAll(b => HealthBookingView.From(b, slot, service, user))));
    }

    public static async Task<Results<Created<HealthBookingView>, NotFound, ValidationProblem, ProblemHttpResult>> Book(
        BookHealthServiceRequest request, ClaimsPrincipal principal, TalentContext db, TimeProvider time, TalentMetrics metrics,
        ILogger<HealthBooking> logger, CancellationToken cancellationToken)
    {
        var user = PlatformUser.From(principal);
        MobileNumber.TryParse(request.Phone, out var phone);
        var outcome = await HealthBookings.BookAsync(
            db, new NewHealthBooking(request.SlotId!.Value, request.Name, phone!, request.Address, request.Note), user, time.GetUtcNow(), metrics, logger, cancellationToken);
        if (!outcome.Succeeded)
        {
            return outcome.Failure.Kind switch
            {
                FailureKind.NotFound => TypedResults.NotFound(),
                FailureKind.Invalid => FieldProblems.Validation(outcome.Failure.Field, outcome.Failure.Message),
                _ => outcome.Failure.ToProblem(),
            };
        }
        var (booking, slot, service) = outcome.Value;
        return TypedResults.Created($"/api/talent/welfare/health-bookings/{booking.Id}", HealthBookingView.From(booking, slot, service, user));
    }

    public static async Task<Ok<IReadOnlyList<HealthBookingView>>> MyBookings(ClaimsPrincipal principal, TalentContext db, CancellationToken cancellationToken)
    {
        var user = PlatformUser.From(principal);
        var rows = await (
            from b in db.HealthBookings.AsNoTracking()
            join s in db.HealthServiceSlots.AsNoTracking() on b.SlotId equals s.Id
            join v in db.HealthServices.AsNoTracking() on b.ServiceId equals v.Id
            where b.CitizenSubject == user.Subject
            orderby s.Date descending, s.StartsAt descending
            select new { b, s, v }).Take(200).ToListAsync(cancellationToken);
        return TypedResults.Ok<IReadOnlyList<HealthBookingView>>(rows.ConvertAll(r => HealthBookingView.From(r.b, r.s, r.v, user)));
    }

    /// <summary>Cancels the caller's own booking (another citizen's is a 404) and frees its place in the same transaction.</summary>
    public static async Task<Results<Ok<HealthBookingView>, NotFound, ProblemHttpResult>> Cancel(
        Guid id, ClaimsPrincipal principal, TalentContext db, TimeProvider time, ILogger<HealthBooking> logger, CancellationToken cancellationToken)
    {
        var user = PlatformUser.From(principal);
        var outcome = await HealthBookings.CancelAsync(db, id, user, time.GetUtcNow(), logger, cancellationToken);
        if (!outcome.Succeeded)
        {
            return outcome.Failure.Kind == FailureKind.NotFound ? TypedResults.NotFound() : outcome.Failure.ToProblem();
        }
        var (booking, slot, service) = outcome.Value;
        return TypedResults.Ok(HealthBookingView.From(booking, slot, service, user));
    }
}
