using Qingmeng.ServiceDefaults.Calendar;
namespace Qingmeng.Talent.Model;

/// <summary>The two kinds of 健康十条 service the zone hospital offers beyond its normal clinic hours.</summary>
public enum HealthServiceKind
{
    /// <summary>上门服务: a doctor or nurse comes to the home.</summary>
    HomeVisit,
    /// <summary>延时服务: clinic hours extended into the evening and weekends for workers.</summary>
    ExtendedHours,
}

/// <summary>A bookable health service and its service hours (China time); slots must lie inside them.</summary>
public sealed class HealthService
{
    public Guid Id { get; private set; }

    public string Code { get; private set; } = "";

    public string Name { get; private set; } = "";

    public HealthServiceKind Kind { get; private set; }

    public string Provider { get; private set; } = "";

    public string Description { get; private set; } = "";

    public TimeOnly OpensAt { get; private set; }

    public TimeOnly ClosesAt { get; private set; }

    private HealthService()
    {
    }

    public static HealthService Create(string code, string name, HealthServiceKind kind, string provider, string description, TimeOnly opensAt, TimeOnly closesAt, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        Code = code,
        Name = name,
        Kind = kind,
        Provider = provider,
        Description = description,
        OpensAt = opensAt,
        ClosesAt = closesAt,
    };

    public bool Covers(TimeOnly startsAt, TimeOnly endsAt) => startsAt >= OpensAt && endsAt <= ClosesAt;
}

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

public enum HealthBookingStatus
{
    Booked,
    Cancelled,
}

/// <summary>A citizen's booking of one slot; seen only by the citizen and the welfare officers.</summary>
public sealed class HealthBooking
{
    public Guid Id { get; private set; }

    public Guid SlotId { get; private set; }

    public Guid ServiceId { get; private set; }

    public string CitizenSubject { get; private set; } = "";

    public string Name { get; private set; } = "";

    public string Phone { get; private set; } = "";

    /// <summary>Where to come, for home visits.</summary>
    public string? Address { get; private set; }

    public string? Note { get; private set; }

    public HealthBookingStatus Status { get; private set; }

    public DateTimeOffset BookedAt { get; private set; }

    public DateTimeOffset? CancelledAt { get; private set; }

    public uint Version { get; private set; }

    private HealthBooking()
    {
    }

    public static HealthBooking Book(HealthServiceSlot slot, string subject, string name, string phone, string? address, string? note, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        SlotId = slot.Id,
        ServiceId = slot.ServiceId,
        CitizenSubject = subject,
        Name = name,
        Phone = phone,
        Address = address,
        Note = note,
        Status = HealthBookingStatus.Booked,
        BookedAt = now,
    };

    public bool Cancel(DateTimeOffset now)
    {
        if (Status != HealthBookingStatus.Booked)
        {
            return false;
        }
        Status = HealthBookingStatus.Cancelled;
        CancelledAt = now;
        return true;
    }
}
