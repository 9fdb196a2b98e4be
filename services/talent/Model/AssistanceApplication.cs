namespace Qingmeng.Talent.Model;

public enum AssistanceStatus
{
    Submitted,
    Approved,
    Rejected,
    Paid,
}

/// <summary>
/// An application for one measure for a registered household: 受理 (submitted) → 批准 with an amount / 不予批准 with a
/// reason → 发放 (paid once). The year is the calendar year (China time) it was submitted in; the annual cap counts
/// approved amounts of that year.
/// </summary>
public sealed class AssistanceApplication
{
    public Guid Id { get; private set; }

    public Guid HouseholdId { get; private set; }

    public AssistanceType Type { get; private set; }

    public int Year { get; private set; }

    public decimal RequestedAmount { get; private set; }

    public string Reason { get; private set; } = "";

    public List<string> Materials { get; private set; } = [];

    public AssistanceStatus Status { get; private set; }

    public string SubmittedBy { get; private set; } = "";

    public DateTimeOffset SubmittedAt { get; private set; }

    /// <summary>The submitter's <c>Idempotency-Key</c>, when they sent one: the same key again returns this application.</summary>
    public string? IdempotencyKey { get; private set; }

    public string? ReviewedBy { get; private set; }

    public DateTimeOffset? ReviewedAt { get; private set; }

    public decimal? ApprovedAmount { get; private set; }

    public string? ReviewNote { get; private set; }

    public uint Version { get; private set; }

    private AssistanceApplication()
    {
    }

    public static AssistanceApplication Submit(
        Guid householdId, AssistanceType type, int year, decimal requested, string reason, IEnumerable<string> materials, string by, DateTimeOffset now,
        string? idempotencyKey = null) => new()
        {
            Id = Guid.CreateVersion7(now),
            HouseholdId = householdId,
            Type = type,
            Year = year,
            RequestedAmount = requested,
            Reason = reason,
            Materials = materials.Select(m => m.Trim()).Where(m => m.Length > 0).Distinct(StringComparer.Ordinal).ToList(),
            Status = AssistanceStatus.Submitted,
            SubmittedBy = by,
            SubmittedAt = now,
            IdempotencyKey = idempotencyKey,
        };

    public bool Approve(decimal amount, string by, string? note, DateTimeOffset now)
    {
        if (Status != AssistanceStatus.Submitted)
        {
            return false;
        }
        Status = AssistanceStatus.Approved;
        ApprovedAmount = amount;
        ReviewedBy = by;
        ReviewNote = note;
        ReviewedAt = now;
        return true;
    }

    public bool Reject(string by, string reason, DateTimeOffset now)
    {
        if (Status != AssistanceStatus.Submitted)
        {
            return false;
        }
        Status = AssistanceStatus.Rejected;
        ReviewedBy = by;
        ReviewNote = reason;
        ReviewedAt = now;
        return true;
    }

    public bool MarkPaid()
    {
        if (Status != AssistanceStatus.Approved)
        {
            return false;
        }
        Status = AssistanceStatus.Paid;
        return true;
    }
}
