namespace Qingmeng.Talent.Model;

/// <summary>Referral lifecycle: 已登记 → 已入职 → 稳岗3个月 → 稳岗6个月 (incentive payable) → 已发放.</summary>
public enum ReferralStatus
{
    Registered,
    Hired,
    RetainedThreeMonths,
    IncentivePayable,
    IncentivePaid,
}

/// <summary>
/// An ambassador's claim that they brought a worker to a posting. One claim per worker per posting (a unique
/// index enforces it, so two ambassadors racing for the same hire cannot both win).
/// </summary>
public sealed class Referral
{
    public Guid Id { get; private set; }

    public Guid AmbassadorId { get; private set; }

    public Guid JobPostingId { get; private set; }

    public string CreditCode { get; private set; } = "";

    public string PersonKey { get; private set; } = "";

    public string WorkerName { get; private set; } = "";

    public string ResidentIdMasked { get; private set; } = "";

    public ReferralStatus Status { get; private set; }

    public Guid? HireId { get; private set; }

    public DateOnly? HiredOn { get; private set; }

    public decimal? IncentiveAmount { get; private set; }

    public DateTimeOffset RegisteredAt { get; private set; }

    public DateTimeOffset? IncentivePaidAt { get; private set; }

    public uint Version { get; private set; }

    private Referral()
    {
    }

    public static Referral Register(Ambassador ambassador, JobPosting posting, string personKey, string workerName, string residentIdMasked, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        AmbassadorId = ambassador.Id,
        JobPostingId = posting.Id,
        CreditCode = posting.CreditCode,
        PersonKey = personKey,
        WorkerName = workerName,
        ResidentIdMasked = residentIdMasked,
        Status = ReferralStatus.Registered,
        RegisteredAt = now,
    };

    public void MarkHired(Guid hireId, DateOnly hiredOn)
    {
        HireId = hireId;
        HiredOn = hiredOn;
        Status = ReferralStatus.Hired;
    }

    /// <summary>Follows the hire's retention: 3 months first, then 6 months makes the incentive payable.</summary>
    public void RecordRetention(RetentionMilestone milestone, decimal incentiveAmount)
    {
        if (milestone == RetentionMilestone.ThreeMonths && Status == ReferralStatus.Hired)
        {
            Status = ReferralStatus.RetainedThreeMonths;
        }
        else if (milestone == RetentionMilestone.SixMonths && Status == ReferralStatus.RetainedThreeMonths)
        {
            Status = ReferralStatus.IncentivePayable;
            IncentiveAmount = incentiveAmount;
        }
    }

    public bool MarkPaid(DateTimeOffset now)
    {
        if (Status != ReferralStatus.IncentivePayable)
        {
            return false;
        }
        Status = ReferralStatus.IncentivePaid;
        IncentivePaidAt = now;
        return true;
    }
}
