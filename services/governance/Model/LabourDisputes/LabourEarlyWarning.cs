using Qingmeng.ServiceDefaults.Calendar;

namespace Qingmeng.Governance.Model.LabourDisputes;

/// <summary>
/// 前置预警: a firm crossed a threshold of wage-arrears cases, repeated complaints or group claims. A LABOUR case is opened
/// and dispatched to the arbitration commission to intervene before the claims arrive; the warning stays open until the
/// commission records what the 定期会商 decided. A firm has at most one open warning.
/// </summary>
public sealed class LabourEarlyWarning
{
    public const string SourceReferencePrefix = "labour-warning:";

    private LabourEarlyWarning()
    {
    }

    public Guid Id { get; private set; }

    public string CreditCode { get; private set; } = "";

    public List<LabourWarningTrigger> Triggers { get; private set; } = [];

    public int WageArrearsCount { get; private set; }

    public int ComplaintCount { get; private set; }

    public int WorkerCount { get; private set; }

    public DateTimeOffset RaisedAt { get; private set; }

    /// <summary>The LABOUR case opened for the warning.</summary>
    public Guid CaseId { get; private set; }

    public string CaseNumber { get; private set; } = "";

    public DateTimeOffset? ResolvedAt { get; private set; }

    public string? ResolvedBy { get; private set; }

    public string? Resolution { get; private set; }

    public uint Version { get; private set; }

    public string SourceReference => SourceReferencePrefix + Id.ToString("N");

    public static LabourEarlyWarning Raise(LabourEarlyWarningRule.Assessment assessment, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        CreditCode = assessment.CreditCode,
        Triggers = [.. assessment.Triggers],
        WageArrearsCount = assessment.WageArrearsCount,
        ComplaintCount = assessment.ComplaintCount,
        WorkerCount = assessment.WorkerCount,
        RaisedAt = now,
    };

    public void AttachCase(Guid caseId, string caseNumber)
    {
        CaseId = caseId;
        CaseNumber = caseNumber;
    }

    /// <summary>定期会商 recorded what was agreed; only once.</summary>
    public void Resolve(string resolution, string officer, DateTimeOffset now)
    {
        if (ResolvedAt is not null)
        {
            throw new CaseRuleException("该预警已处置 (the warning was already resolved)", "resolution", 409);
        }
        ResolvedAt = now;
        ResolvedBy = officer;
        Resolution = resolution;
    }
}

/// <summary>What set off a 前置预警.</summary>
public enum LabourWarningTrigger
{
    /// <summary>欠薪: wage-arrears complaints (LABOUR-02 cases) and wage-arrears claims against the firm reached the threshold.</summary>
    WageArrears,

    /// <summary>重复投诉: LABOUR cases and arbitration claims of any kind against the firm reached the threshold.</summary>
    RepeatedComplaints,

    /// <summary>群体性: the wage-arrears claims against the firm speak for at least the group threshold of workers.</summary>
    GroupClaim,
}
