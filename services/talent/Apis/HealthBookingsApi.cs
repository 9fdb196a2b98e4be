using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Qingmeng.ServiceDefaults.Auditing;
using Qingmeng.ServiceDefaults.Authentication;
using Qingmeng.ServiceDefaults.Calendar;
using Qingmeng.ServiceDefaults.Problems;
using Qingmeng.ServiceDefaults.Paging;
using Qingmeng.ServiceDefaults.Validation;
using Qingmeng.Talent.Operations;
using Qingmeng.Talent.Application;
using Qingmeng.Talent.Infrastructure;
using Qingmeng.Talent.Model;
using Qingmeng.ServiceDefaults.Data;

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
        var user = PlatformUser.From(principal);
        var service = await db.HealthServices.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (service is null)
        {
            return TypedResults.NotFound();
        }
        if (ValidateSlot(service, request.Date!.Value, request.StartsAt!.Value, request.EndsAt!.Value, time.GetUtcNow()) is { } errors)
        {
            return TypedResults.ValidationProblem(errors);
        }
        var now = time.GetUtcNow();
        var slot = HealthServiceSlot.Open(service, request.Date.Value, request.StartsAt.Value, request.EndsAt.Value, request.Capacity!.Value, now);
        db.HealthServiceSlots.Add(slot);
        db.AddAudit(user, "welfare.health_slot_opened", "health_slot", slot.Id.ToString(), now);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (ex.IsUniqueViolation())
        {
            return FieldProblems.Conflict("startsAt", "该服务在此时段已有号源 (a slot already starts at this time).", "Slot exists.");
        }
        return TypedResults.Created($"/api/talent/welfare/health-services/{service.Id}/slots/{slot.Id}", SlotView.From(slot));
    }

    /// <summary>A slot lies in the future and inside the service's hours; null when it does, else the fields at fault.</summary>
    public static Dictionary<string, string[]>? ValidateSlot(HealthService service, DateOnly date, TimeOnly startsAt, TimeOnly endsAt, DateTimeOffset now)
    {
        var errors = new Dictionary<string, string[]>();
        var china = ChinaTime.ToChinaTime(now);
        var today = DateOnly.FromDateTime(china.DateTime);
        if (date < today)
        {
            errors["date"] = ["不能开放过去日期的号源 (date cannot be in the past)."];
        }
        else if (date == today && startsAt <= TimeOnly.FromDateTime(china.DateTime))
        {
            errors["startsAt"] = ["开始时间已过 (startsAt has already passed)."];
        }
        if (endsAt <= startsAt)
        {
            errors["endsAt"] = ["结束时间须晚于开始时间 (endsAt must be after startsAt)."];
        }
        if (startsAt < service.OpensAt || startsAt >= service.ClosesAt)
        {
            errors.TryAdd("startsAt", [$"须在服务时间{service.OpensAt:HH\\:mm}–{service.ClosesAt:HH\\:mm}内 (startsAt must be within the service hours)."]);
        }
        if (endsAt > service.ClosesAt || endsAt <= service.OpensAt)
        {
            errors.TryAdd("endsAt", [$"须在服务时间{service.OpensAt:HH\\:mm}–{service.ClosesAt:HH\\:mm}内 (endsAt must be within the service hours)."]);
        }
        return errors.Count == 0 ? null : errors;
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
        var slot = await db.HealthServiceSlots.AsNoTracking().FirstOrDefaultAsync(s => s.Id == request.SlotId, cancellationToken);
        if (slot is null)
        {
            return TypedResults.NotFound();
        }
        var service = await db.HealthServices.AsNoTracking().FirstAsync(s => s.Id == slot.ServiceId, cancellationToken);
        if (service.Kind == HealthServiceKind.HomeVisit && string.IsNullOrWhiteSpace(request.Address))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["address"] = ["上门服务须填写地址 (a home visit needs an address)."] });
        }
        var now = time.GetUtcNow();
        if (slot.HasStarted(now))
        {
            return FieldProblems.Unprocessable("slotId", "该时段已开始或已过去 (the slot has already started).", "Slot in the past.");
        }
        if (!service.Covers(slot.StartsAt, slot.EndsAt))
        {
            return FieldProblems.Unprocessable("slotId", "该时段不在服务时间内 (the slot lies outside the service's hours).", "Outside service hours.");
        }
        MobileNumber.TryParse(request.Phone, out var phone);
        var booking = HealthBooking.Book(slot, user.Subject, request.Name.Trim(), phone!, request.Address?.Trim(), request.Note?.Trim(), now);
        var strategy = db.Database.CreateExecutionStrategy();
        try
        {
            var booked = await strategy.ExecuteAsync(async ct =>
            {
                await using var transaction = await db.Database.BeginTransactionAsync(ct);
                var taken = await db.HealthServiceSlots.Where(s => s.Id == slot.Id && s.Booked < s.Capacity)
                    .ExecuteUpdateAsync(s => s.SetProperty(x => x.Booked, x => x.Booked + 1), ct);
                if (taken == 0)
                {
                    await transaction.RollbackAsync(ct);
                    return false;
                }
                db.HealthBookings.Add(booking);
                db.AddAudit(user, "welfare.health_booked", "health_booking", booking.Id.ToString(), now);
                await db.SaveChangesAsync(ct);
                await transaction.CommitAsync(ct);
                return true;
            }, cancellationToken);
            if (!booked)
            {
                TalentLog.HealthBooking(logger, slot.Id, booking.Id, "refused: full");
                return FieldProblems.Conflict("slotId", "该时段已约满 (the slot is fully booked).", "Slot full.");
            }
        }
        catch (DbUpdateException ex) when (ex.IsUniqueViolation())
        {
            return FieldProblems.Conflict("slotId", "您已预约该时段 (you already hold a booking in this slot).", "Already booked.");
        }
        metrics.HealthBooked(service.Kind.ToString());
        TalentLog.HealthBooking(logger, slot.Id, booking.Id, "booked");
        var current = await db.HealthServiceSlots.AsNoTracking().FirstAsync(s => s.Id == slot.Id, cancellationToken);
        return TypedResults.Created($"/api/talent/welfare/health-bookings/{booking.Id}", HealthBookingView.From(booking, current, service, user));
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
        var booking = await db.HealthBookings.FirstOrDefaultAsync(b => b.Id == id && b.CitizenSubject == user.Subject, cancellationToken);
        if (booking is null)
        {
            return TypedResults.NotFound();
        }
        var slot = await db.HealthServiceSlots.AsNoTracking().FirstAsync(s => s.Id == booking.SlotId, cancellationToken);
        var service = await db.HealthServices.AsNoTracking().FirstAsync(s => s.Id == booking.ServiceId, cancellationToken);
        var now = time.GetUtcNow();
        if (booking.Status != HealthBookingStatus.Booked)
        {
            return FieldProblems.Conflict("status", "该预约已取消 (the booking is already cancelled).", "Already cancelled.", [new("currentState", booking.Status.ToString())]);
        }
        if (slot.HasStarted(now))
        {
            return FieldProblems.Unprocessable("status", "服务时段已开始，不能取消 (the slot has started; it can no longer be cancelled).", "Slot started.");
        }
        booking.Cancel(now);
        var strategy = db.Database.CreateExecutionStrategy();
        try
        {
            await strategy.ExecuteAsync(async ct =>
            {
                await using var transaction = await db.Database.BeginTransactionAsync(ct);
                db.AddAudit(user, "welfare.health_cancelled", "health_booking", booking.Id.ToString(), now);
                await db.SaveChangesAsync(ct);
                await db.HealthServiceSlots.Where(s => s.Id == slot.Id && s.Booked > 0)
                    .ExecuteUpdateAsync(s => s.SetProperty(x => x.Booked, x => x.Booked - 1), ct);
                await transaction.CommitAsync(ct);
            }, cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return FieldProblems.Conflict("status", "该预约已取消 (the booking was cancelled at the same time).", "Cancelled concurrently.", [new("currentState", HealthBookingStatus.Cancelled.ToString())]);
        }
        TalentLog.HealthBooking(logger, slot.Id, booking.Id, "cancelled");
        var current = await db.HealthServiceSlots.AsNoTracking().FirstAsync(s => s.Id == slot.Id, cancellationToken);
        return TypedResults.Ok(HealthBookingView.From(booking, current, service, user));
    }
}
