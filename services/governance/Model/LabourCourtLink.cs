using Qingmeng.ServiceDefaults.Calendar;

namespace Qingmeng.Governance.Model;

/// <summary>How an award reaches the court (裁审衔接).</summary>
public enum LabourCourtRoute
{
    /// <summary>申请强制执行: the award is in force and was not performed.</summary>
    Enforcement,

    /// <summary>诉讼衔接: a party sued against the award within the 15 days (第四十八条、第五十条).</summary>
    Litigation,
}

/// <summary>The green channel in court (快立、快审、快执、快结), in the order the stages must come.</summary>
public enum LabourCourtStage
{
    /// <summary>移送: handed to the court's liaison officer (联络员).</summary>
    Referred,

    /// <summary>快立: the court registered the suit or the enforcement application.</summary>
    Registered,

    /// <summary>快审: judgement given (litigation only).</summary>
    Judged,

    /// <summary>快执: enforced.</summary>
    Enforced,

    /// <summary>快结: concluded; the dispute is closed.</summary>
    Concluded,
}

/// <summary>How a dispute was closed (结案).</summary>
public enum LabourClosure
{
    /// <summary>裁决（调解书）已履行.</summary>
    Performed,

    /// <summary>驳回请求的裁决已生效, nobody sued: nothing to perform.</summary>
    AwardFinal,

    /// <summary>法院快结.</summary>
    CourtConcluded,
}

/// <summary>
/// The targets of the green channel after the award, in working days on the State Council calendar: the award is to be
/// performed within <see cref="PerformanceWorkingDays"/> after the 15 days to sue; in court, each stage within its days of
/// the previous one (快立 after the referral, 快审 or 快执 after registration, 快结 after the last step).
/// </summary>
public sealed record LabourGreenChannel(
    int PerformanceWorkingDays = 10,
    int RegisterWorkingDays = 3,
    int JudgeWorkingDays = 30,
    int EnforceWorkingDays = 30,
    int ConcludeWorkingDays = 5);

/// <summary>A court stage was recorded out of order.</summary>
public sealed class IllegalLabourCourtStageException(LabourCourtStage current, LabourCourtStage attempted)
    : InvalidOperationException($"{attempted} cannot follow {current}.")
{
    public LabourCourtStage Current { get; } = current;

    public LabourCourtStage Attempted { get; } = attempted;
}

/// <summary>Which stage may follow which, per route: a judgement may be performed voluntarily, so 快结 may follow 快审.</summary>
public static class LabourCourtStages
{
    public static IReadOnlyList<LabourCourtStage> Following(LabourCourtStage current, LabourCourtRoute route) => current switch
    {
        LabourCourtStage.Referred => [LabourCourtStage.Registered],
        LabourCourtStage.Registered => route == LabourCourtRoute.Litigation ? [LabourCourtStage.Judged] : [LabourCourtStage.Enforced],
        LabourCourtStage.Judged => [LabourCourtStage.Enforced, LabourCourtStage.Concluded],
        LabourCourtStage.Enforced => [LabourCourtStage.Concluded],
        _ => [],
    };

    /// <summary>When the next stage is due after <paramref name="reached"/> was recorded at <paramref name="at"/>; null once concluded.</summary>
    public static DateTimeOffset? NextDue(LabourCourtStage reached, LabourCourtRoute route, DateTimeOffset at, LabourGreenChannel channel, WorkingDayCalendar calendar)
    {
        int? days = reached switch
        {
            LabourCourtStage.Referred => channel.RegisterWorkingDays,
            LabourCourtStage.Registered => route == LabourCourtRoute.Litigation ? channel.JudgeWorkingDays : channel.EnforceWorkingDays,
            LabourCourtStage.Judged => channel.EnforceWorkingDays,
            LabourCourtStage.Enforced => channel.ConcludeWorkingDays,
            _ => null,
        };
        return days is { } n ? calendar.AddWorkingDays(at, n).ToUniversalTime() : null;
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

/// <summary>The thresholds of the early warning, from <c>Governance</c> options.</summary>
public sealed record LabourWarningThresholds(int WageArrears, int RepeatedComplaints, int GroupWorkers, TimeSpan Window);

/// <summary>
/// 前置预警 as a rule on its own: counts what was filed against one firm inside the window and after its last warning,
/// and names every threshold reached.
/// </summary>
public static class LabourEarlyWarningRule
{
    /// <summary>A LABOUR case against the firm; <paramref name="WageArrears"/> for 欠薪投诉 (LABOUR-02).</summary>
    public sealed record CaseSignal(string CreditCode, DateTimeOffset FiledAt, bool WageArrears);

    /// <summary>An arbitration claim against the firm (not refused).</summary>
    public sealed record ClaimSignal(string CreditCode, DateTimeOffset FiledAt, bool WageArrears, int WorkerCount);

    public sealed record Assessment(string CreditCode, IReadOnlyList<LabourWarningTrigger> Triggers, int WageArrearsCount, int ComplaintCount, int WorkerCount);

    public static Assessment Assess(
        string creditCode, IEnumerable<CaseSignal> cases, IEnumerable<ClaimSignal> claims, DateTimeOffset now, DateTimeOffset? lastWarnedAt,
        LabourWarningThresholds thresholds)
    {
        var since = now - thresholds.Window;
        if (lastWarnedAt is { } warned && warned > since)
        {
            since = warned;
        }
        var firmCases = cases.Where(c => c.CreditCode == creditCode && c.FiledAt > since && c.FiledAt <= now).ToList();
        var firmClaims = claims.Where(c => c.CreditCode == creditCode && c.FiledAt > since && c.FiledAt <= now).ToList();
        var wageArrears = firmCases.Count(c => c.WageArrears) + firmClaims.Count(c => c.WageArrears);
        var complaints = firmCases.Count + firmClaims.Count;
        var workers = firmClaims.Where(c => c.WageArrears).Sum(c => c.WorkerCount);
        var triggers = new List<LabourWarningTrigger>();
        if (wageArrears >= thresholds.WageArrears)
        {
            triggers.Add(LabourWarningTrigger.WageArrears);
        }
        if (complaints >= thresholds.RepeatedComplaints)
        {
            triggers.Add(LabourWarningTrigger.RepeatedComplaints);
        }
        if (workers >= thresholds.GroupWorkers)
        {
            triggers.Add(LabourWarningTrigger.GroupClaim);
        }
        return new Assessment(creditCode, triggers, wageArrears, complaints, workers);
    }
}

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
