using Qingmeng.ServiceDefaults.Calendar;
namespace Qingmeng.Talent.Model;

/// <summary>
/// A time window on one day with a capacity. <see cref="Booked"/> only moves through conditional UPDATEs
/// (booked &lt; capacity) and a check constraint keeps it within 0..capacity, so concurrent bookings never overfill a slot.
/// </summary>
public sealed class HealthServiceSlot
{
    public Guid Id { get; private set; }

    public Guid ServiceId { get; private set; }

    public DateOnly Date { get; private set; }

    public TimeOnly StartsAt { get; private set; }

    public TimeOnly EndsAt { get; private set; }

    public int Capacity { get; private set; }

    public int Booked { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    private HealthServiceSlot()
    {
    }

    public static HealthServiceSlot Open(HealthService service, DateOnly date, TimeOnly startsAt, TimeOnly endsAt, int capacity, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        ServiceId = service.Id,
        Date = date,
        StartsAt = startsAt,
        EndsAt = endsAt,
        Capacity = capacity,
        CreatedAt = now,
    };

    /// <summary>When the slot starts, as an instant (the zone keeps China Standard Time, UTC+8, all year).</summary>
    public DateTimeOffset StartsAtInstant => ChinaTime.At(Date, StartsAt);

    public bool HasStarted(DateTimeOffset now) => now >= StartsAtInstant;
}
