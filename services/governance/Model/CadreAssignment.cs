namespace Qingmeng.Governance.Model;

/// <summary>
/// 领导干部联系服务企业 / 百名干部进企业·一企一策: a cadre is assigned a firm with the firm's own plan (一企一策). A firm has
/// one active assignment at a time (a partial unique index). The cadre is to visit at least once per configured period;
/// <c>CadreVisitJob</c> flags an assignment whose visit is due once per due date.
/// </summary>
public sealed class CadreAssignment
{
    private CadreAssignment()
    {
    }

    public Guid Id { get; private set; }

    public string CreditCode { get; private set; } = "";

    /// <summary>The cadre's platform subject: the one who records the visits.</summary>
    public string CadreSubject { get; private set; } = "";

    public string CadreName { get; private set; } = "";

    public string? CadreDepartmentCode { get; private set; }

    /// <summary>一企一策: what the cadre is to do for this firm.</summary>
    public string Plan { get; private set; } = "";

    public DateTimeOffset AssignedAt { get; private set; }

    public string AssignedBy { get; private set; } = "";

    public bool Active { get; private set; }

    public DateTimeOffset? EndedAt { get; private set; }

    public DateTimeOffset? LastVisitedAt { get; private set; }

    public int Visits { get; private set; }

    /// <summary>When the next visit is due: a period after the last visit, or after the assignment before the first.</summary>
    public DateTimeOffset VisitDueAt { get; private set; }

    /// <summary>The due date last flagged as missed, so each missed date is flagged once.</summary>
    public DateTimeOffset? FlaggedDueAt { get; private set; }

    public uint Version { get; private set; }

    public static CadreAssignment Assign(
        string creditCode, string cadreSubject, string cadreName, string? cadreDepartmentCode, string plan, string assignedBy, DateTimeOffset now, TimeSpan visitPeriod) => new()
        {
            Id = Guid.CreateVersion7(now),
            CreditCode = creditCode,
            CadreSubject = cadreSubject,
            CadreName = cadreName,
            CadreDepartmentCode = cadreDepartmentCode,
            Plan = plan,
            AssignedAt = now,
            AssignedBy = assignedBy,
            Active = true,
            VisitDueAt = now + visitPeriod,
        };

    /// <summary>A visit moves the next due date; an earlier visit recorded late never moves it back.</summary>
    public void RecordVisit(DateTimeOffset visitedAt, TimeSpan visitPeriod)
    {
        if (!Active)
        {
            throw new CaseRuleException("该联系关系已结束，不能登记走访 (the assignment has ended)", "assignmentId", 409);
        }
        Visits++;
        if (LastVisitedAt is null || visitedAt > LastVisitedAt)
        {
            LastVisitedAt = visitedAt;
            VisitDueAt = visitedAt + visitPeriod;
        }
    }

    public void End(DateTimeOffset now)
    {
        if (!Active)
        {
            throw new CaseRuleException("该联系关系已结束 (the assignment has already ended)", "assignmentId", 409);
        }
        Active = false;
        EndedAt = now;
    }

    public bool IsVisitOverdue(DateTimeOffset now) => Active && now >= VisitDueAt;

    /// <summary>Marks the missed due date once; false when the visit is not overdue or this date was flagged already.</summary>
    public bool FlagVisitOverdue(DateTimeOffset now)
    {
        if (!IsVisitOverdue(now) || FlaggedDueAt == VisitDueAt)
        {
            return false;
        }
        FlaggedDueAt = VisitDueAt;
        return true;
    }
}
