using Qingmeng.Governance.Model.LabourDisputes;

namespace Qingmeng.Governance.Operations;

/// <summary>Governance settings, bound from <c>Governance</c>.</summary>
public sealed class GovernanceOptions
{
    public const string SectionName = "Governance";

    /// <summary>How far back an open case on the same matter makes a new one a duplicate.</summary>
    public TimeSpan DuplicateWindow { get; set; } = TimeSpan.FromDays(7);

    /// <summary>Who receives escalations (升级督办): the centre's duty leader.</summary>
    public string EscalationRecipient { get; set; } = "centre-duty-leader";

    /// <summary>群体性欠薪: a wage-arrears claim for at least this many workers is handled as a group of its own.</summary>
    public int LabourGroupWorkerThreshold { get; set; } = 10;

    /// <summary>A wage-arrears claim against a firm with another open one filed within this window joins that claim's group.</summary>
    public TimeSpan LabourGroupWindow { get; set; } = TimeSpan.FromDays(30);

    /// <summary>前置预警: wage-arrears complaints (LABOUR-02 cases) and wage-arrears claims against one firm in the window that raise a warning.</summary>
    public int LabourWarningWageArrearsThreshold { get; set; } = 3;

    /// <summary>前置预警: LABOUR cases and arbitration claims of any kind against one firm in the window that raise a warning.</summary>
    public int LabourWarningComplaintThreshold { get; set; } = 5;

    /// <summary>How far back the early warning counts; a group claim uses <see cref="LabourGroupWorkerThreshold"/> workers.</summary>
    public TimeSpan LabourWarningWindow { get; set; } = TimeSpan.FromDays(30);

    /// <summary>快执: an award is to be performed within these working days after the 15 days to sue.</summary>
    public int LabourPerformanceWorkingDays { get; set; } = 10;

    /// <summary>快立: the court registers a referred suit or enforcement application within these working days.</summary>
    public int LabourCourtRegisterWorkingDays { get; set; } = 3;

    /// <summary>快审: judgement within these working days of registration.</summary>
    public int LabourCourtJudgeWorkingDays { get; set; } = 30;

    /// <summary>快执: enforcement within these working days of registration (or of the judgement).</summary>
    public int LabourCourtEnforceWorkingDays { get; set; } = 30;

    /// <summary>快结: the file is concluded within these working days of the last step.</summary>
    public int LabourCourtConcludeWorkingDays { get; set; } = 5;

    /// <summary>帮扶指导: the working days a firm is given to correct itself after the advance notice.</summary>
    public int GuidanceSelfCorrectionWorkingDays { get; set; } = 10;

    /// <summary>领导干部联系企业: an assigned cadre visits the firm at least once in this period.</summary>
    public TimeSpan CadreVisitPeriod { get; set; } = TimeSpan.FromDays(30);

    /// <summary>安全生产: working days to rectify a general hazard (一般隐患), and again after a failed re-inspection.</summary>
    public int HazardGeneralRectificationWorkingDays { get; set; } = 10;

    /// <summary>安全生产: working days to rectify a major hazard (重大隐患), and again after a failed re-inspection.</summary>
    public int HazardMajorRectificationWorkingDays { get; set; } = 30;

    public LabourGreenChannel LabourGreenChannel => new(
        LabourPerformanceWorkingDays, LabourCourtRegisterWorkingDays, LabourCourtJudgeWorkingDays, LabourCourtEnforceWorkingDays, LabourCourtConcludeWorkingDays);
}
