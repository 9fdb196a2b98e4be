namespace Qingmeng.Talent.Model;

public enum JobPostingStatus
{
    Open,
    Closed,
}

/// <summary>A firm's job posting with the schema.org JobPosting fields; the firm (by credit code) owns it.</summary>
public sealed class JobPosting
{
    public Guid Id { get; private set; }

    public string CreditCode { get; private set; } = "";

    /// <summary>hiringOrganization.name.</summary>
    public string OrganizationName { get; private set; } = "";

    public string Title { get; private set; } = "";

    public string Description { get; private set; } = "";

    public DateOnly DatePosted { get; private set; }

    public DateTimeOffset ValidThrough { get; private set; }

    public EmploymentType EmploymentType { get; private set; }

    public string StreetAddress { get; private set; } = "";

    /// <summary>addressLocality, e.g. 鲤城区 or 清濛园区.</summary>
    public string Locality { get; private set; } = "";

    /// <summary>addressRegion, e.g. 福建省.</summary>
    public string Region { get; private set; } = "";

    public double? Latitude { get; private set; }

    public double? Longitude { get; private set; }

    public decimal SalaryMin { get; private set; }

    public decimal SalaryMax { get; private set; }

    public SalaryUnit SalaryUnit { get; private set; }

    public int Openings { get; private set; }

    public JobPostingStatus Status { get; private set; }

    public string PostedBy { get; private set; } = "";

    public string? IdempotencyKey { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public uint Version { get; private set; }

    private JobPosting()
    {
    }

    public static JobPosting Post(
        string creditCode, string organizationName, string title, string description, DateOnly datePosted,
        DateTimeOffset validThrough, EmploymentType employmentType, string streetAddress, string locality, string region,
        double? latitude, double? longitude, decimal salaryMin, decimal salaryMax, SalaryUnit salaryUnit, int openings,
        string postedBy, string? idempotencyKey, DateTimeOffset now) => new()
        {
            Id = Guid.CreateVersion7(now),
            CreditCode = creditCode,
            OrganizationName = organizationName,
            Title = title,
            Description = description,
            DatePosted = datePosted,
            ValidThrough = validThrough,
            EmploymentType = employmentType,
            StreetAddress = streetAddress,
            Locality = locality,
            Region = region,
            Latitude = latitude,
            Longitude = longitude,
            SalaryMin = salaryMin,
            SalaryMax = salaryMax,
            SalaryUnit = salaryUnit,
            Openings = openings,
            Status = JobPostingStatus.Open,
            PostedBy = postedBy,
            IdempotencyKey = idempotencyKey,
            CreatedAt = now,
        };

    /// <summary>Open and not past its validThrough: applications and referrals are accepted.</summary>
    public bool IsAcceptingAt(DateTimeOffset now) => Status == JobPostingStatus.Open && ValidThrough > now;

    public bool Close()
    {
        if (Status == JobPostingStatus.Closed)
        {
            return false;
        }
        Status = JobPostingStatus.Closed;
        return true;
    }
}
