using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Qingmeng.Contracts;
using Qingmeng.Governance.Infrastructure;
using Qingmeng.Governance.Operations;
using Qingmeng.ServiceDefaults.Auditing;
using Qingmeng.ServiceDefaults.Authentication;
using Qingmeng.ServiceDefaults.Calendar;
using Qingmeng.ServiceDefaults.Data;
using Qingmeng.ServiceDefaults.Messaging;
using Qingmeng.ServiceDefaults.Outcomes;

namespace Qingmeng.Governance.Application;

/// <summary>A loaded schedule, and whether it is new (false: it replaced the year's schedule, or was the same again).</summary>
public sealed record LoadedHolidaySchedule(HolidayScheduleRecord Schedule, bool Created);

/// <summary>
/// 节假日安排: governance, the calendar's owner, loads each year's State Council schedule as data. A new or changed schedule is
/// audited, published as <see cref="HolidayScheduleConfirmed"/> for the services' replicas, and every open deadline it
/// moves is recomputed in the same save; the same schedule again changes nothing.
/// </summary>
public sealed class HolidaySchedules(GovernanceContext db, HolidayCalendar calendar, IOptions<GovernanceOptions> options, TimeProvider time)
{
    public async Task<Outcome<LoadedHolidaySchedule>> LoadAsync(HolidaySchedule schedule, PlatformUser user, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var year = schedule.Year;
        var stored = await db.Set<HolidayScheduleRecord>().FirstOrDefaultAsync(s => s.Year == year, cancellationToken);
        if (stored is not null && stored.ToSchedule().SameAs(schedule))
        {
            return new LoadedHolidaySchedule(stored, false);
        }

        var yearText = year.ToString(CultureInfo.InvariantCulture);
        var created = stored is null;
        if (stored is null)
        {
            stored = HolidayScheduleRecord.From(schedule, now);
            db.Add(stored);
            db.AddAudit(user, "holiday-schedule.loaded", "holiday-schedule", yearText, now);
        }
        else
        {
            stored.Replace(schedule, now);
            db.AddAudit(user, "holiday-schedule.replaced", "holiday-schedule", yearText, now);
        }
        db.AddIntegrationEvent(new HolidayScheduleConfirmed(schedule.Year, schedule.Notice, schedule.Holidays) { OccurredAt = now }, aggregateKey: $"holiday-schedule:{yearText}");
        await CaseDeadlines.RecomputeAsync(db, calendar.Current, calendar.With(schedule), year, options.Value.LabourGreenChannel, user, now, cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // A case, dispute, guidance or hazard whose deadline was being recomputed changed meanwhile; nothing was saved.
            return Failure.Conflict("year", "载入期间有诉求被修改，未保存任何内容，请重试 (a case changed while its deadline was recomputed; nothing was saved, try again)");
        }
        catch (DbUpdateException exception) when (exception.IsUniqueViolation())
        {
            // Another administrator loaded the year meanwhile.
            return Failure.Conflict("year", $"{year} 年的节假日安排刚被他人载入，请刷新后再试 (the {year} schedule was loaded meanwhile; reload it and try again)");
        }
        calendar.Confirm(schedule, now);
        return new LoadedHolidaySchedule(stored, created);
    }
}
