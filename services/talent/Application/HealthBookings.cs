using Microsoft.EntityFrameworkCore;
using Qingmeng.ServiceDefaults.Auditing;
using Qingmeng.ServiceDefaults.Authentication;
using Qingmeng.ServiceDefaults.Data;
using Qingmeng.ServiceDefaults.Outcomes;
using Qingmeng.Talent.Infrastructure;
using Qingmeng.Talent.Model;
using Qingmeng.Talent.Operations;

namespace Qingmeng.Talent.Application;

/// <summary>A booking with the slot as it now stands and the service it is for.</summary>
public sealed record HealthBookingState(HealthBooking Booking, HealthServiceSlot Slot, HealthService Service);

/// <summary>A citizen's booking of a 健康十条 slot, and its cancellation.</summary>
public sealed record NewHealthBooking(Guid SlotId, string Name, string Phone, string? Address, string? Note);

/// <summary>
/// 健康十条 bookings: a slot's capacity is never exceeded (conditional UPDATE in the booking's transaction, backed by
/// a check constraint), and a cancellation frees its place in the same transaction.
/// </summary>
public static class HealthBookings
{
    public static async Task<Outcome<HealthBookingState>> BookAsync(
        TalentContext db, NewHealthBooking request, PlatformUser user, DateTimeOffset now, TalentMetrics metrics, ILogger logger,
        CancellationToken cancellationToken)
    {
        var slot = await db.HealthServiceSlots.AsNoTracking().FirstOrDefaultAsync(s => s.Id == request.SlotId, cancellationToken);
        if (slot is null)
        {
            return Failure.NotFound("slotId", "无此号源 (no such slot).");
        }
        var service = await db.HealthServices.AsNoTracking().FirstAsync(s => s.Id == slot.ServiceId, cancellationToken);
        if (service.Kind == HealthServiceKind.HomeVisit && string.IsNullOrWhiteSpace(request.Address))
        {
            return Failure.Invalid("address", "上门服务须填写地址 (a home visit needs an address).");
        }
        if (slot.HasStarted(now))
        {
            return Failure.Unprocessable("slotId", "该时段已开始或已过去 (the slot has already started).").Titled("Slot in the past.");
        }
        if (!service.Covers(slot.StartsAt, slot.EndsAt))
        {
            return Failure.Unprocessable("slotId", "该时段不在服务时间内 (the slot lies outside the service's hours).").Titled("Outside service hours.");
        }
        var booking = HealthBooking.Book(slot, user.Subject, request.Name.Trim(), request.Phone, request.Address?.Trim(), request.Note?.Trim(), now);
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
                return Failure.Conflict("slotId", "该时段已约满 (the slot is fully booked).").Titled("Slot full.");
            }
        }
        catch (DbUpdateException ex) when (ex.IsUniqueViolation())
        {
            return Failure.Conflict("slotId", "您已预约该时段 (you already hold a booking in this slot).").Titled("Already booked.");
        }
        metrics.HealthBooked(service.Kind.ToString());
        TalentLog.HealthBooking(logger, slot.Id, booking.Id, "booked");
        var current = await db.HealthServiceSlots.AsNoTracking().FirstAsync(s => s.Id == slot.Id, cancellationToken);
        return new HealthBookingState(booking, current, service);
    }

    /// <summary>
    /// Cancels the caller's own booking (another citizen's is unknown) before its slot starts, on the shared transition
    /// runner inside one transaction that also frees the place.
    /// </summary>
    public static async Task<Outcome<HealthBookingState>> CancelAsync(
        TalentContext db, Guid id, PlatformUser user, DateTimeOffset now, ILogger logger, CancellationToken cancellationToken)
    {
        HealthServiceSlot? slot = null;
        HealthService? service = null;
        var cancellation = new Transition<HealthBooking>
        {
            Find = ct => db.HealthBookings.FirstOrDefaultAsync(b => b.Id == id && b.CitizenSubject == user.Subject, ct),
            NotFound = Failure.NotFound("id", "无此预约 (no such booking)."),
            Apply = async (booking, ct) =>
            {
                slot = await db.HealthServiceSlots.AsNoTracking().FirstAsync(s => s.Id == booking.SlotId, ct);
                service = await db.HealthServices.AsNoTracking().FirstAsync(s => s.Id == booking.ServiceId, ct);
                if (booking.Status != HealthBookingStatus.Booked)
                {
                    return Failure.Conflict("status", "该预约已取消 (the booking is already cancelled).").Titled("Already cancelled.")
                        .With("currentState", booking.Status.ToString());
                }
                if (slot.HasStarted(now))
                {
                    return Failure.Unprocessable("status", "服务时段已开始，不能取消 (the slot has started; it can no longer be cancelled).").Titled("Slot started.");
                }
                booking.Cancel(now);
                return null;
            },
            Record = booking => db.AddAudit(user, "welfare.health_cancelled", "health_booking", booking.Id.ToString(), now),
            ConcurrentChange = Failure.Conflict("status", "该预约已取消 (the booking was cancelled at the same time).").Titled("Cancelled concurrently.")
                .With("currentState", HealthBookingStatus.Cancelled.ToString()),
        };
        var strategy = db.Database.CreateExecutionStrategy();
        var outcome = await strategy.ExecuteAsync(async ct =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var cancelled = await db.RunAsync(cancellation, ct);
            if (!cancelled.Succeeded)
            {
                return cancelled;
            }
            await db.HealthServiceSlots.Where(s => s.Id == cancelled.Value.SlotId && s.Booked > 0)
                .ExecuteUpdateAsync(s => s.SetProperty(x => x.Booked, x => x.Booked - 1), ct);
            await transaction.CommitAsync(ct);
            return cancelled;
        }, cancellationToken);
        if (!outcome.Succeeded)
        {
            return outcome.Failure;
        }
        TalentLog.HealthBooking(logger, slot!.Id, outcome.Value.Id, "cancelled");
        var current = await db.HealthServiceSlots.AsNoTracking().FirstAsync(s => s.Id == slot.Id, cancellationToken);
        return new HealthBookingState(outcome.Value, current, service!);
    }
}
