using Qingmeng.ServiceDefaults.Eligibility;

namespace Qingmeng.Talent.Model;

public enum HousingApplicationStatus
{
    Waiting,
    Allocated,
    Withdrawn,
}

/// <summary>A place on the talent-apartment waitlist; the tier is taken from the applicant's certification when they apply.</summary>
public sealed class HousingApplication
{
    public Guid Id { get; private set; }

    public string ApplicantSubject { get; private set; } = "";

    public string ApplicantName { get; private set; } = "";

    public string Phone { get; private set; } = "";

    public string PersonKey { get; private set; } = "";

    public string ResidentIdMasked { get; private set; } = "";

    public Guid CertificationId { get; private set; }

    public TalentTier Tier { get; private set; }

    public string EmployerCreditCode { get; private set; } = "";

    public HousingApplicationStatus Status { get; private set; }

    public DateTimeOffset AppliedAt { get; private set; }

    public Guid? LeaseId { get; private set; }

    public uint Version { get; private set; }

    private HousingApplication()
    {
    }

    public static HousingApplication Apply(
        string subject, string name, string phone, string personKey, string residentIdMasked, TalentCertification certification, DateTimeOffset now) => new()
        {
            Id = Guid.CreateVersion7(now),
            ApplicantSubject = subject,
            ApplicantName = name,
            Phone = phone,
            PersonKey = personKey,
            ResidentIdMasked = residentIdMasked,
            CertificationId = certification.Id,
            Tier = certification.Tier,
            EmployerCreditCode = certification.CreditCode,
            Status = HousingApplicationStatus.Waiting,
            AppliedAt = now,
        };

    public void Allocate(Guid leaseId)
    {
        Status = HousingApplicationStatus.Allocated;
        LeaseId = leaseId;
    }

    public bool Withdraw()
    {
        if (Status != HousingApplicationStatus.Waiting)
        {
            return false;
        }
        Status = HousingApplicationStatus.Withdrawn;
        return true;
    }
}
