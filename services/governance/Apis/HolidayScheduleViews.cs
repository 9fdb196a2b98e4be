using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Qingmeng.Contracts.ReferenceData;
using Qingmeng.Contracts;
using Qingmeng.ServiceDefaults.Auditing;
using Qingmeng.ServiceDefaults.Authentication;
using Qingmeng.ServiceDefaults.Calendar;
using Qingmeng.ServiceDefaults.Data;
using Qingmeng.ServiceDefaults.Messaging;

namespace Qingmeng.Governance.Apis;

public sealed record HolidayScheduleView(int Year, string Notice, IReadOnlyList<ScheduledHoliday> Holidays, DateTimeOffset ConfirmedAt)
{
    public static HolidayScheduleView From(HolidayScheduleRecord record)
    {
        var schedule = record.ToSchedule();
        return new(schedule.Year, schedule.Notice, schedule.Holidays, record.ConfirmedAt);
    }
}

/// <summary>
/// What the calendar counts with: <paramref name="LastConfirmedYear"/> is the last year whose schedule is confirmed (later years
/// are provisional, computed from 《全国年节及纪念日放假办法》); <paramref name="Loaded"/> the schedules loaded through this API.
/// </summary>
public sealed record HolidayScheduleListView(int FirstConfirmedYear, int LastConfirmedYear, IReadOnlyList<HolidayScheduleView> Loaded);
