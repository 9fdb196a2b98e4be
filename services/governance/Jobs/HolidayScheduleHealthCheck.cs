using Microsoft.Extensions.Diagnostics.HealthChecks;
using Qingmeng.Governance.Application;
using Qingmeng.ServiceDefaults.Calendar;

namespace Qingmeng.Governance.Jobs;

/// <summary>Readiness says Degraded (never Unhealthy: the service still works, on provisional dates) while next year is not confirmed from 1 November.</summary>
public sealed class HolidayScheduleHealthCheck(HolidayCalendar calendar, TimeProvider time) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(HolidayScheduleWatch.UnconfirmedNextYear(calendar.Current, time.GetUtcNow()) is { } year
            ? HealthCheckResult.Degraded($"{year} 年节假日安排尚未载入，{year} 年的期限为暂定 (the {year} holiday schedule is not loaded; deadlines in {year} are provisional)")
            : HealthCheckResult.Healthy());
}
