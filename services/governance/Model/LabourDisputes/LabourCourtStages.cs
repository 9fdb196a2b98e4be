using Qingmeng.ServiceDefaults.Calendar;

namespace Qingmeng.Governance.Model.LabourDisputes;

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

/// <summary>A court stage was recorded out of order.</summary>
public sealed class IllegalLabourCourtStageException(LabourCourtStage current, LabourCourtStage attempted)
    : InvalidOperationException($"{attempted} cannot follow {current}.")
{
    public LabourCourtStage Current { get; } = current;

    public LabourCourtStage Attempted { get; } = attempted;
}
