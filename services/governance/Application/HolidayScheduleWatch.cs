using Microsoft.Extensions.Diagnostics.HealthChecks;
using Qingmeng.Governance.Extensions;
using Qingmeng.Governance.Infrastructure;
using Qingmeng.ServiceDefaults.Calendar;
using Qingmeng.ServiceDefaults.Scheduling;

namespace Qingmeng.Governance.Application;

/// <summary>
/// The State Council publishes next year's schedule in November or December; from 1 November (China time) until it is
/// loaded, deadlines that reach into next year are provisional, and operators are told so.
/// </summary>
public static class HolidayScheduleWatch
{
    public const string HealthCheckName = "holiday-schedule";

    /// <summary>The month from which next year's missing schedule is a warning.</summary>
    public const int WarnFromMonth = 11;

    /// <summary>The year whose schedule should be loaded by now and is not; null when there is nothing to warn about.</summary>
    public static int? UnconfirmedNextYear(WorkingDayCalendar calendar, DateTimeOffset now)
    {
        var today = WorkingDayCalendar.ToChinaDate(now);
        var next = today.Year + 1;
        return today.Month >= WarnFromMonth && !calendar.CoversYear(next) ? next : null;
    }
}

/// <summary>Logs a warning each round (default daily, <c>Scheduling:Jobs:HolidayScheduleWarningJob:Interval</c>) while next year is not confirmed from 1 November.</summary>
public sealed class HolidayScheduleWarningJob(HolidayCalendar calendar, TimeProvider time, ILogger<HolidayScheduleWarningJob> logger) : IScheduledJob
{
    public Task RunAsync(CancellationToken cancellationToken)
    {
        if (HolidayScheduleWatch.UnconfirmedNextYear(calendar.Current, time.GetUtcNow()) is { } year)
        {
            GovernanceLog.HolidayScheduleMissing(logger, year);
        }
        return Task.CompletedTask;
    }
}

/// <summary>Readiness says Degraded (never Unhealthy: the service still works, on provisional dates) while next year is not confirmed from 1 November.</summary>
public sealed class HolidayScheduleHealthCheck(HolidayCalendar calendar, TimeProvider time) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(HolidayScheduleWatch.UnconfirmedNextYear(calendar.Current, time.GetUtcNow()) is { } year
            ? HealthCheckResult.Degraded($"{year} 年节假日安排尚未载入，{year} 年的期限为暂定 (the {year} holiday schedule is not loaded; deadlines in {year} are provisional)")
            : HealthCheckResult.Healthy());
}
