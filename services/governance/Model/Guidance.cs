using Qingmeng.Contracts;
using Qingmeng.ServiceDefaults.Calendar;

namespace Qingmeng.Governance.Model;

/// <summary>Where a 帮扶指导 (guided self-correction before an inspection) stands.</summary>
public enum GuidanceStatus
{
    /// <summary>提前告知: the firm was told what will be inspected; it corrects itself until the deadline.</summary>
    Notified,

    /// <summary>自查自改: the firm reported its self-correction; the inspection follows.</summary>
    SelfCorrected,

    /// <summary>已检查 (terminal).</summary>
    Inspected,
}

/// <summary>
/// 帮扶指导制度: a department tells a firm in advance what it will inspect (提前告知), gives it a self-correction period on
/// the working-day calendar (指导自查自改), and inspects only afterwards — once the firm reported, or the period is over.
/// A period that passes without a report is flagged by <c>GuidanceJob</c> once.
/// </summary>
public sealed class Guidance : IFirmInDepartment
{
    private Guidance()
    {
    }

    public Guid Id { get; private set; }

    public string CreditCode { get; private set; } = "";

    public string DepartmentCode { get; private set; } = "";

    /// <summary>What will be inspected and how to correct it (告知事项).</summary>
    public string Matters { get; private set; } = "";

    public GuidanceStatus Status { get; private set; }

    public DateTimeOffset NotifiedAt { get; private set; }

    public string NotifiedBy { get; private set; } = "";

    /// <summary>The end of the self-correction period; no inspection before it unless the firm reported.</summary>
    public DateTimeOffset SelfCorrectionDueAt { get; private set; }

    public DateTimeOffset? SelfCorrectedAt { get; private set; }

    public string? SelfCorrectionReport { get; private set; }

    /// <summary>When the job flagged the period as passed without a report.</summary>
    public DateTimeOffset? OverdueFlaggedAt { get; private set; }

    public DateTimeOffset? InspectedAt { get; private set; }

    public string? InspectedBy { get; private set; }

    public bool? Compliant { get; private set; }

    public string? InspectionNote { get; private set; }

    public uint Version { get; private set; }

    public bool? SelfCorrectedOnTime => SelfCorrectedAt is null ? null : SelfCorrectedAt <= SelfCorrectionDueAt;

    public static Guidance Notify(
        string creditCode, string departmentCode, string matters, int selfCorrectionWorkingDays, string officer, DateTimeOffset now, WorkingDayCalendar calendar) => new()
        {
            Id = Guid.CreateVersion7(now),
            CreditCode = creditCode,
            DepartmentCode = departmentCode,
            Matters = matters,
            Status = GuidanceStatus.Notified,
            NotifiedAt = now,
            NotifiedBy = officer,
            SelfCorrectionDueAt = calendar.AddWorkingDays(now, selfCorrectionWorkingDays).ToUniversalTime(),
        };

    /// <summary>The firm reports what it corrected; late is allowed and recorded as late.</summary>
    public void ReportSelfCorrection(string report, DateTimeOffset now)
    {
        if (Status != GuidanceStatus.Notified)
        {
            throw new CaseRuleException($"自查自改情况已报告，当前为 {Status} (the self-correction was already reported; the guidance is {Status})", "report", 409);
        }
        Status = GuidanceStatus.SelfCorrected;
        SelfCorrectedAt = now;
        SelfCorrectionReport = report;
    }

    /// <summary>The inspection: after the firm's report, or once the self-correction period is over.</summary>
    public void Inspect(bool compliant, string note, string officer, DateTimeOffset now)
    {
        if (Status == GuidanceStatus.Inspected)
        {
            throw new CaseRuleException("已检查 (the inspection was already recorded)", "compliant", 409);
        }
        if (Status == GuidanceStatus.Notified && now < SelfCorrectionDueAt)
        {
            throw new CaseRuleException("自查自改期间未满且企业尚未报告，不能检查 (no inspection during the self-correction period before the firm reports)", "compliant", 409);
        }
        Status = GuidanceStatus.Inspected;
        InspectedAt = now;
        InspectedBy = officer;
        Compliant = compliant;
        InspectionNote = note;
    }

    /// <summary>
    /// Counts the self-correction period again with a newly confirmed holiday schedule (调休 may move its end): as many working days
    /// as <paramref name="previous"/> counted from the notice, now on <paramref name="confirmed"/>. The event when it moved, otherwise null.
    /// </summary>
    public GuidanceDeadlineChanged? RecomputeDeadline(WorkingDayCalendar previous, WorkingDayCalendar confirmed, int confirmedYear, DateTimeOffset now)
    {
        if (Status != GuidanceStatus.Notified)
        {
            return null;
        }
        var due = confirmed.AddWorkingDays(NotifiedAt, previous.CountWorkingDays(NotifiedAt, SelfCorrectionDueAt)).ToUniversalTime();
        if (due == SelfCorrectionDueAt)
        {
            return null;
        }
        var before = SelfCorrectionDueAt;
        SelfCorrectionDueAt = due;
        return new GuidanceDeadlineChanged(Id, CreditCode, DepartmentCode, before, due, confirmedYear) { OccurredAt = now };
    }

    public bool IsOverdue(DateTimeOffset now) => Status == GuidanceStatus.Notified && now >= SelfCorrectionDueAt;

    /// <summary>Marks the passed period once; false when it is not overdue or was already flagged.</summary>
    public bool FlagOverdue(DateTimeOffset now)
    {
        if (!IsOverdue(now) || OverdueFlaggedAt is not null)
        {
            return false;
        }
        OverdueFlaggedAt = now;
        return true;
    }
}
