
namespace Qingmeng.Talent.Model;

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
