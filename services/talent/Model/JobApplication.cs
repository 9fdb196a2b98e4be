namespace Qingmeng.Talent.Model;

public enum ApplicationStatus
{
    Submitted,
    Hired,
    Declined,
}

/// <summary>A citizen's application to a posting. The firm that owns the posting sees the contact details in clear.</summary>
public sealed class JobApplication
{
    public Guid Id { get; private set; }

    public Guid JobPostingId { get; private set; }

    public string CreditCode { get; private set; } = "";

    public string ApplicantSubject { get; private set; } = "";

    public string ApplicantName { get; private set; } = "";

    public string Phone { get; private set; } = "";

    public string PersonKey { get; private set; } = "";

    public string ResidentIdMasked { get; private set; } = "";

    public string? CoverLetter { get; private set; }

    public ApplicationStatus Status { get; private set; }

    public DateTimeOffset AppliedAt { get; private set; }

    public uint Version { get; private set; }

    private JobApplication()
    {
    }

    public static JobApplication Submit(
        JobPosting posting, string applicantSubject, string applicantName, string phone, string personKey,
        string residentIdMasked, string? coverLetter, DateTimeOffset now) => new()
        {
            Id = Guid.CreateVersion7(now),
            JobPostingId = posting.Id,
            CreditCode = posting.CreditCode,
            ApplicantSubject = applicantSubject,
            ApplicantName = applicantName,
            Phone = phone,
            PersonKey = personKey,
            ResidentIdMasked = residentIdMasked,
            CoverLetter = coverLetter,
            Status = ApplicationStatus.Submitted,
            AppliedAt = now,
        };

    public void MarkHired() => Status = ApplicationStatus.Hired;
}
