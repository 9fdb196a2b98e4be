using Qingmeng.Contracts;
using Qingmeng.ServiceDefaults.Calendar;

namespace Qingmeng.Governance.Model;

/// <summary>隐患等级: decides the rectification period (options, working days).</summary>
public enum HazardSeverity
{
    /// <summary>一般隐患.</summary>
    General,

    /// <summary>重大隐患.</summary>
    Major,
}

/// <summary>Where a hazard report stands.</summary>
public enum HazardStatus
{
    /// <summary>待整改: the firm is to rectify by the deadline.</summary>
    Open,

    /// <summary>已报整改，待复查.</summary>
    RectificationReported,

    /// <summary>复查合格，销号 (terminal).</summary>
    Closed,
}

/// <summary>
/// 安全生产 隐患排查整改: a hazard found at a firm (by an inspector, or reported by the firm itself) is to be rectified by a
/// deadline on the working-day calendar; the firm reports the rectification and an officer re-inspects. A failed
/// re-inspection sets a new deadline and is counted. A deadline that passes without a report is escalated once into a
/// supervision case for the department (<c>HazardEscalationJob</c>).
/// </summary>
public sealed class Hazard : IFirmInDepartment
{
    private Hazard()
    {
    }

    public Guid Id { get; private set; }

    public string CreditCode { get; private set; } = "";

    /// <summary>The department that supervises the rectification (应急管理局 unless an officer of another one reported it).</summary>
    public string DepartmentCode { get; private set; } = "";

    public HazardSeverity Severity { get; private set; }

    public string Description { get; private set; } = "";

    public string? Place { get; private set; }

    public string ReportedBy { get; private set; } = "";

    /// <summary>The firm reported its own hazard (企业自查自报).</summary>
    public bool SelfReported { get; private set; }

    public DateTimeOffset ReportedAt { get; private set; }

    public HazardStatus Status { get; private set; }

    public DateTimeOffset RectificationDueAt { get; private set; }

    public DateTimeOffset? RectificationReportedAt { get; private set; }

    public string? RectificationReport { get; private set; }

    public int FailedReinspections { get; private set; }

    public DateTimeOffset? LastReinspectedAt { get; private set; }

    public string? LastReinspectedBy { get; private set; }

    public string? LastReinspectionNote { get; private set; }

    public DateTimeOffset? ClosedAt { get; private set; }

    /// <summary>The deadline last escalated, so each missed deadline is escalated once.</summary>
    public DateTimeOffset? EscalatedDueAt { get; private set; }

    public int Escalations { get; private set; }

    public Guid? SupervisionCaseId { get; private set; }

    public uint Version { get; private set; }

    public static Hazard Report(
        string creditCode, string departmentCode, HazardSeverity severity, string description, string? place, string reportedBy, bool selfReported,
        DateTimeOffset now, DateTimeOffset rectificationDueAt) => new()
        {
            Id = Guid.CreateVersion7(now),
            CreditCode = creditCode,
            DepartmentCode = departmentCode,
            Severity = severity,
            Description = description,
            Place = place,
            ReportedBy = reportedBy,
            SelfReported = selfReported,
            ReportedAt = now,
            Status = HazardStatus.Open,
            RectificationDueAt = rectificationDueAt,
        };

    /// <summary>The firm reports its rectification; late is allowed (the escalation stays on record).</summary>
    public void ReportRectification(string report, DateTimeOffset now)
    {
        if (Status != HazardStatus.Open)
        {
            throw new CaseRuleException($"隐患当前为 {Status}，不能报告整改 (the hazard is {Status}; no rectification to report)", "report", 409);
        }
        Status = HazardStatus.RectificationReported;
        RectificationReportedAt = now;
        RectificationReport = report;
    }

    /// <summary>复查: passed closes the hazard; failed reopens it with <paramref name="newDueAt"/> and counts the failure.</summary>
    public void Reinspect(bool passed, string note, string officer, DateTimeOffset now, DateTimeOffset newDueAt)
    {
        if (Status != HazardStatus.RectificationReported)
        {
            throw new CaseRuleException($"企业尚未报告整改，当前为 {Status}，不能复查 (no re-inspection before the firm reports its rectification)", "passed", 409);
        }
        LastReinspectedAt = now;
        LastReinspectedBy = officer;
        LastReinspectionNote = note;
        if (passed)
        {
            Status = HazardStatus.Closed;
            ClosedAt = now;
            return;
        }
        FailedReinspections++;
        Status = HazardStatus.Open;
        RectificationDueAt = newDueAt;
        RectificationReportedAt = null;
        RectificationReport = null;
    }

    /// <summary>
    /// Counts the running rectification period again with a newly confirmed holiday schedule (调休 may move it): as many working days
    /// as <paramref name="previous"/> counted from the report (or the failed re-inspection), now on <paramref name="confirmed"/>.
    /// The event when the deadline moved, otherwise null.
    /// </summary>
    public HazardDeadlineChanged? RecomputeDeadline(WorkingDayCalendar previous, WorkingDayCalendar confirmed, int confirmedYear, DateTimeOffset now)
    {
        if (Status != HazardStatus.Open)
        {
            return null;
        }
        var from = LastReinspectedAt ?? ReportedAt;
        var due = confirmed.AddWorkingDays(from, previous.CountWorkingDays(from, RectificationDueAt)).ToUniversalTime();
        if (due == RectificationDueAt)
        {
            return null;
        }
        var before = RectificationDueAt;
        RectificationDueAt = due;
        return new HazardDeadlineChanged(Id, CreditCode, DepartmentCode, before, due, confirmedYear) { OccurredAt = now };
    }

    public bool IsOverdue(DateTimeOffset now) => Status == HazardStatus.Open && now >= RectificationDueAt;

    /// <summary>Records the escalation of the current deadline once; false when not overdue or already escalated.</summary>
    public bool Escalate(Guid supervisionCaseId, DateTimeOffset now)
    {
        if (!IsOverdue(now) || EscalatedDueAt == RectificationDueAt)
        {
            return false;
        }
        EscalatedDueAt = RectificationDueAt;
        Escalations++;
        SupervisionCaseId = supervisionCaseId;
        return true;
    }

    /// <summary>The supervision case's unique source reference: one per hazard and missed deadline.</summary>
    public string EscalationReference => $"hazard:{Id:N}:{RectificationDueAt.ToUnixTimeSeconds()}";
}
