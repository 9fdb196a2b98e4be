using Qingmeng.Governance.Application;
using Qingmeng.Governance.Operations;
using Qingmeng.ServiceDefaults.Calendar;
using Qingmeng.ServiceDefaults.Scheduling;

namespace Qingmeng.Governance.Jobs;

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
