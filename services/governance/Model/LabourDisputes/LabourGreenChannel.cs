using Qingmeng.ServiceDefaults.Calendar;

namespace Qingmeng.Governance.Model.LabourDisputes;

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
