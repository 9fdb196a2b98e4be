using Qingmeng.ServiceDefaults.Eligibility;

namespace Qingmeng.Talent.Model;

public enum LeaseStatus
{
    Active,
    Ended,
}

/// <summary>A lease of one unit to one waitlisted talent; at most one active lease per unit (unique index).</summary>
public sealed class Lease
{
    public Guid Id { get; private set; }

    public Guid UnitId { get; private set; }

    public Guid ApplicationId { get; private set; }

    public string TenantSubject { get; private set; } = "";

    public string TenantName { get; private set; } = "";

    public string TenantPhone { get; private set; } = "";

    public DateOnly StartsOn { get; private set; }

    public DateOnly EndsOn { get; private set; }

    public LeaseStatus Status { get; private set; }

    public string AllocatedBy { get; private set; } = "";

    public DateTimeOffset AllocatedAt { get; private set; }

    /// <summary>When the expiry reminder went out; set once so the reminder is never sent twice.</summary>
    public DateTimeOffset? ExpiryReminderSentAt { get; private set; }

    private Lease()
    {
    }

    public static Lease Start(ApartmentUnit unit, HousingApplication application, DateOnly startsOn, int years, string allocatedBy, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        UnitId = unit.Id,
        ApplicationId = application.Id,
        TenantSubject = application.ApplicantSubject,
        TenantName = application.ApplicantName,
        TenantPhone = application.Phone,
        StartsOn = startsOn,
        EndsOn = startsOn.AddYears(years).AddDays(-1),
        Status = LeaseStatus.Active,
        AllocatedBy = allocatedBy,
        AllocatedAt = now,
    };

    public bool ReminderDue(DateOnly today, int daysBefore) =>
        Status == LeaseStatus.Active && ExpiryReminderSentAt is null && EndsOn.AddDays(-daysBefore) <= today;

    public void MarkReminderSent(DateTimeOffset now) => ExpiryReminderSentAt = now;
}
