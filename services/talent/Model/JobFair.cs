namespace Qingmeng.Talent.Model;

public enum JobFairMode
{
    Online,
    OnSite,
}

/// <summary>A recruitment fair (线上/线下招聘会) that firms register for with some of their postings.</summary>
public sealed class JobFair
{
    public Guid Id { get; private set; }

    public string Title { get; private set; } = "";

    public JobFairMode Mode { get; private set; }

    /// <summary>The hall for an on-site fair, the live-stream room for an online one.</summary>
    public string Venue { get; private set; } = "";

    public DateTimeOffset StartsAt { get; private set; }

    public DateTimeOffset EndsAt { get; private set; }

    public string CreatedBy { get; private set; } = "";

    private JobFair()
    {
    }

    public static JobFair Schedule(string title, JobFairMode mode, string venue, DateTimeOffset startsAt, DateTimeOffset endsAt, string createdBy, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        Title = title,
        Mode = mode,
        Venue = venue,
        StartsAt = startsAt,
        EndsAt = endsAt,
        CreatedBy = createdBy,
    };
}

/// <summary>A firm's registration for a fair and the postings it brings; one per firm per fair.</summary>
public sealed class JobFairRegistration
{
    public Guid Id { get; private set; }

    public Guid JobFairId { get; private set; }

    public string CreditCode { get; private set; } = "";

    public string OrganizationName { get; private set; } = "";

    public List<Guid> JobPostingIds { get; private set; } = [];

    public DateTimeOffset RegisteredAt { get; private set; }

    private JobFairRegistration()
    {
    }

    public static JobFairRegistration Register(JobFair fair, string creditCode, string organizationName, IEnumerable<Guid> postingIds, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        JobFairId = fair.Id,
        CreditCode = creditCode,
        OrganizationName = organizationName,
        JobPostingIds = postingIds.Distinct().ToList(),
        RegisteredAt = now,
    };
}
