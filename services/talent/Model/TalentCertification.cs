using Qingmeng.Contracts;
using Qingmeng.ServiceDefaults.Calendar;

namespace Qingmeng.Talent.Model;

public enum CertificationStatus
{
    Submitted,
    Certified,
    Rejected,
}

/// <summary>A firm asks for its employee to be certified at a tier; an officer reviews (认定) it.</summary>
public sealed class TalentCertification
{
    public Guid Id { get; private set; }

    public string CreditCode { get; private set; } = "";

    public string PersonName { get; private set; } = "";

    public string PersonKey { get; private set; } = "";

    public string ResidentIdMasked { get; private set; } = "";

    public TalentTier Tier { get; private set; }

    /// <summary>What the tier rests on, e.g. 国家级重大人才计划入选者, 博士学位, 省级技能大师.</summary>
    public string Basis { get; private set; } = "";

    public CertificationStatus Status { get; private set; }

    public string SubmittedBy { get; private set; } = "";

    public DateTimeOffset SubmittedAt { get; private set; }

    public string? ReviewedBy { get; private set; }

    public string? ReviewNote { get; private set; }

    public DateTimeOffset? ReviewedAt { get; private set; }

    public DateOnly? ValidUntil { get; private set; }

    public string? IdempotencyKey { get; private set; }

    public uint Version { get; private set; }

    private TalentCertification()
    {
    }

    public static TalentCertification Submit(
        string creditCode, string personName, string personKey, string residentIdMasked, TalentTier tier, string basis,
        string submittedBy, string? idempotencyKey, DateTimeOffset now) => new()
        {
            Id = Guid.CreateVersion7(now),
            CreditCode = creditCode,
            PersonName = personName,
            PersonKey = personKey,
            ResidentIdMasked = residentIdMasked,
            Tier = tier,
            Basis = basis,
            Status = CertificationStatus.Submitted,
            SubmittedBy = submittedBy,
            SubmittedAt = now,
            IdempotencyKey = idempotencyKey,
        };

    /// <summary>Approves the certification for <paramref name="validYears"/> years; null when it is not awaiting review.</summary>
    public TalentCertified? Certify(string reviewer, string? note, int validYears, DateTimeOffset now)
    {
        if (Status != CertificationStatus.Submitted)
        {
            return null;
        }
        Status = CertificationStatus.Certified;
        ReviewedBy = reviewer;
        ReviewNote = note;
        ReviewedAt = now;
        ValidUntil = ChinaTime.ToChinaDate(now).AddYears(validYears);
        return new TalentCertified(Id, CreditCode, Tier.ToString()) { OccurredAt = now };
    }

    public bool Reject(string reviewer, string note, DateTimeOffset now)
    {
        if (Status != CertificationStatus.Submitted)
        {
            return false;
        }
        Status = CertificationStatus.Rejected;
        ReviewedBy = reviewer;
        ReviewNote = note;
        ReviewedAt = now;
        return true;
    }

    public bool IsCurrentOn(DateOnly day) => Status == CertificationStatus.Certified && ValidUntil >= day;
}
