namespace Qingmeng.Talent.Model;

/// <summary>
/// The reminder for one review due date of one household: a unique row (household, due date), so however often the
/// job runs and on however many replicas, each due date is reminded once. <see cref="SentAt"/> stays empty until the
/// notification went out (a throttled or failed send is retried on the next round).
/// </summary>
public sealed class WelfareReviewReminder
{
    public Guid Id { get; private set; }

    public Guid HouseholdId { get; private set; }

    public DateOnly DueOn { get; private set; }

    /// <summary>True when the review was already overdue when the reminder was raised.</summary>
    public bool Overdue { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? SentAt { get; private set; }

    private WelfareReviewReminder()
    {
    }

    public static WelfareReviewReminder For(WelfareHousehold household, DateOnly today, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        HouseholdId = household.Id,
        DueOn = household.NextReviewDue,
        Overdue = household.NextReviewDue < today,
        CreatedAt = now,
    };

    public void MarkSent(DateTimeOffset now) => SentAt = now;
}
