using Qingmeng.Contracts;

namespace Qingmeng.Talent.Model;

/// <summary>Which retention milestone a firm confirms: still employed 3 or 6 months after the hire.</summary>
public enum RetentionMilestone
{
    ThreeMonths = 3,
    SixMonths = 6,
}

/// <summary>A hire confirmed by the firm, possibly through an ambassador's referral; retention is confirmed on it.</summary>
public sealed class Hire
{
    public Guid Id { get; private set; }

    public Guid JobPostingId { get; private set; }

    public string CreditCode { get; private set; } = "";

    public string PersonKey { get; private set; } = "";

    public string WorkerName { get; private set; } = "";

    public string ResidentIdMasked { get; private set; } = "";

    public DateOnly HiredOn { get; private set; }

    public Guid? ApplicationId { get; private set; }

    public Guid? ReferralId { get; private set; }

    public Guid? AmbassadorId { get; private set; }

    public DateOnly? RetainedThreeMonthsOn { get; private set; }

    public DateOnly? RetainedSixMonthsOn { get; private set; }

    public string ConfirmedBy { get; private set; } = "";

    public DateTimeOffset ConfirmedAt { get; private set; }

    public uint Version { get; private set; }

    private Hire()
    {
    }

    public static (Hire Hire, HireConfirmed Event) Confirm(
        JobPosting posting, string personKey, string workerName, string residentIdMasked, DateOnly hiredOn,
        JobApplication? application, Referral? referral, string confirmedBy, DateTimeOffset now)
    {
        var hire = new Hire
        {
            Id = Guid.CreateVersion7(now),
            JobPostingId = posting.Id,
            CreditCode = posting.CreditCode,
            PersonKey = personKey,
            WorkerName = workerName,
            ResidentIdMasked = residentIdMasked,
            HiredOn = hiredOn,
            ApplicationId = application?.Id,
            ReferralId = referral?.Id,
            AmbassadorId = referral?.AmbassadorId,
            ConfirmedBy = confirmedBy,
            ConfirmedAt = now,
        };
        application?.MarkHired();
        referral?.MarkHired(hire.Id, hiredOn);
        return (hire, new HireConfirmed(hire.Id, hire.CreditCode, posting.Id, hire.AmbassadorId, hiredOn) { OccurredAt = now });
    }

    /// <summary>
    /// Records a retention milestone. Null when accepted; otherwise why not (the 6-month milestone needs the
    /// 3-month one first, a milestone cannot be dated before it falls due, and each is confirmed once).
    /// </summary>
    public string? ConfirmRetention(RetentionMilestone milestone, DateOnly confirmedOn)
    {
        var due = HiredOn.AddMonths((int)milestone);
        if (confirmedOn < due)
        {
            return $"The {(int)milestone}-month milestone falls due on {due:yyyy-MM-dd}; it cannot be confirmed on {confirmedOn:yyyy-MM-dd}.";
        }
        switch (milestone)
        {
            case RetentionMilestone.ThreeMonths when RetainedThreeMonthsOn is not null:
            case RetentionMilestone.SixMonths when RetainedSixMonthsOn is not null:
                return $"The {(int)milestone}-month milestone is already confirmed.";
            case RetentionMilestone.SixMonths when RetainedThreeMonthsOn is null:
                return "须先确认 3 个月节点，再确认 6 个月节点 (the 3-month milestone must be confirmed before the 6-month one)";
            case RetentionMilestone.ThreeMonths:
                RetainedThreeMonthsOn = confirmedOn;
                return null;
            default:
                RetainedSixMonthsOn = confirmedOn;
                return null;
        }
    }
}
