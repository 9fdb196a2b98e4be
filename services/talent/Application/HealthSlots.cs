using Microsoft.EntityFrameworkCore;
using Qingmeng.ServiceDefaults.Auditing;
using Qingmeng.ServiceDefaults.Authentication;
using Qingmeng.ServiceDefaults.Data;
using Qingmeng.ServiceDefaults.Outcomes;
using Qingmeng.Talent.Infrastructure;
using Qingmeng.Talent.Model;

namespace Qingmeng.Talent.Application;

/// <summary>A slot a welfare officer opens in a 健康十条 service: its day, hours and places.</summary>
public sealed record NewHealthSlot(DateOnly Date, TimeOnly StartsAt, TimeOnly EndsAt, int Capacity);

/// <summary>
/// 健康十条 slots: opened by welfare officers inside the service's hours, one per service and start time. The rule's
/// problems are a refusal of kind <see cref="FailureKind.Invalid"/> whose <see cref="ErrorsMember"/> holds every field's messages.
/// </summary>
public static class HealthSlots
{
    /// <summary>The refusal's member holding the field → messages of every problem the slot rules found.</summary>
    public const string ErrorsMember = "errors";

    public static async Task<Outcome<HealthServiceSlot>> OpenAsync(
        TalentContext db, Guid serviceId, NewHealthSlot request, PlatformUser user, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var service = await db.HealthServices.AsNoTracking().FirstOrDefaultAsync(s => s.Id == serviceId, cancellationToken);
        if (service is null)
        {
            return Failure.NotFound("id", "无此服务 (no such service).");
        }
        if (HealthSlotRules.Validate(service, request.Date, request.StartsAt, request.EndsAt, now) is { } errors)
        {
            var first = errors.First();
            return Failure.Invalid(first.Key, first.Value.FirstOrDefault() ?? "").With(ErrorsMember, errors);
        }
        var slot = HealthServiceSlot.Open(service, request.Date, request.StartsAt, request.EndsAt, request.Capacity, now);
        db.HealthServiceSlots.Add(slot);
        db.AddAudit(user, "welfare.health_slot_opened", "health_slot", slot.Id.ToString(), now);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (ex.IsUniqueViolation())
        {
            return Failure.Conflict("startsAt", "该服务在此时段已有号源 (a slot already starts at this time).").Titled("Slot exists.");
        }
        return slot;
    }
}
