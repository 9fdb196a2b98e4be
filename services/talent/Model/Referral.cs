using Qingmeng.Contracts;
using Qingmeng.ServiceDefaults.Calendar;

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

    /// <summary>The day the incentive fell due: the confirmed 6-month retention day (稳工留岗).</summary>
    public DateOnly? IncentiveDueOn { get; private set; }

    /// <summary>When the overdue job warned that the due incentive was still unpaid; it warns once.</summary>
    public DateTimeOffset? IncentiveOverdueWarnedAt { get; private set; }

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

    /// <summary>
    /// Follows the hire's retention: 3 months first, then 6 months makes the incentive payable from the day the
    /// milestone was confirmed for; the event that it fell due is returned for the outbox.
    /// </summary>
    public RetentionIncentiveDue? RecordRetention(RetentionMilestone milestone, DateOnly confirmedOn, decimal incentiveAmount, DateTimeOffset now)
    {
        if (milestone == RetentionMilestone.ThreeMonths && Status == ReferralStatus.Hired)
        {
            Status = ReferralStatus.RetainedThreeMonths;
        }
        else if (milestone == RetentionMilestone.SixMonths && Status == ReferralStatus.RetainedThreeMonths)
        {
            Status = ReferralStatus.IncentivePayable;
            IncentiveAmount = incentiveAmount;
            IncentiveDueOn = confirmedOn;
            return new RetentionIncentiveDue(Id, CreditCode, AmbassadorId, incentiveAmount, confirmedOn) { OccurredAt = now };
        }
        return null;
    }

    /// <summary>Pays a payable incentive once; null when it is not payable.</summary>
    public RetentionIncentivePaid? MarkPaid(DateTimeOffset now)
    {
        if (Status != ReferralStatus.IncentivePayable)
        {
            return null;
        }
        Status = ReferralStatus.IncentivePaid;
        IncentivePaidAt = now;
        return new RetentionIncentivePaid(Id, CreditCode, AmbassadorId, IncentiveAmount ?? 0m, IncentiveDueOn ?? ChinaTime.ToChinaDate(now),
            ChinaTime.ToChinaDate(now)) { OccurredAt = now };
    }

    /// <summary>The start of the day by which a due incentive must be paid: <paramref name="workingDays"/> working days after it fell due.</summary>
    public DateTimeOffset? PaymentDeadline(WorkingDayCalendar calendar, int workingDays) =>
        IncentiveDueOn is { } dueOn ? calendar.AddWorkingDays(ChinaTime.StartOfDay(dueOn), workingDays) : null;

    /// <summary>Payable and past its deadline at <paramref name="now"/>.</summary>
    public bool IsIncentiveOverdue(WorkingDayCalendar calendar, int workingDays, DateTimeOffset now) =>
        Status == ReferralStatus.IncentivePayable && PaymentDeadline(calendar, workingDays) is { } deadline && now >= deadline;

    /// <summary>Marks the overdue warning as given; false when it already was.</summary>
    public bool MarkOverdueWarned(DateTimeOffset now)
    {
        if (IncentiveOverdueWarnedAt is not null)
        {
            return false;
        }
        IncentiveOverdueWarnedAt = now;
        return true;
    }
}
