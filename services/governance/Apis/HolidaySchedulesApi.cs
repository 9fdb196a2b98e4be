using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Qingmeng.Contracts.ReferenceData;
using Qingmeng.Governance.Application;
using Qingmeng.Governance.Infrastructure;
using Qingmeng.ServiceDefaults.Authentication;
using Qingmeng.ServiceDefaults.Calendar;
using Qingmeng.ServiceDefaults.Problems;

namespace Qingmeng.Governance.Apis;

/// <summary>
/// 节假日安排: the zone administration (governance, the calendar's owner) loads each year's State Council schedule as data; every
/// service that counts working days keeps a replica through <see cref="HolidayScheduleConfirmed"/>.
/// </summary>
public static class HolidaySchedulesApi
{
    public static IEndpointRouteBuilder MapHolidaySchedulesApi(this IEndpointRouteBuilder app)
    {
        var schedules = app.MapGroup("/api/governance/holiday-schedules").WithTags("Holiday calendar");
        schedules.MapPut("/{year:int}", Load).WithName("LoadHolidaySchedule")
            .WithSummary("Load (or replace) a year's State Council holiday schedule, 调休 included; the same schedule again changes nothing")
            .RequireAuthorization(PlatformPolicies.Admins);
        schedules.MapGet("/", List).WithName("ListHolidaySchedules").WithSummary("The confirmed years and the schedules loaded as data")
            .RequireAuthorization();
        schedules.MapGet("/{year:int}", Get).WithName("GetHolidaySchedule").WithSummary("One loaded schedule")
            .RequireAuthorization();
        return app;
    }

    public static async Task<Results<Created<HolidayScheduleView>, Ok<HolidayScheduleView>, ValidationProblem, ProblemHttpResult>> Load(
        int year, LoadHolidayScheduleRequest request, ClaimsPrincipal principal, HolidaySchedules schedules, HolidayCalendar calendar,
        CancellationToken cancellationToken)
    {
        if (HolidayScheduleRules.Validate(year, request, calendar.Current) is { Count: > 0 } errors)
        {
            return TypedResults.ValidationProblem(errors, title: "节假日安排有误 (the holiday schedule is invalid)");
        }

        var outcome = await schedules.LoadAsync(HolidayScheduleRules.ToSchedule(year, request), PlatformUser.From(principal), cancellationToken);
        if (!outcome.Succeeded)
        {
            return outcome.Failure.ToProblem();
        }
        var view = HolidayScheduleView.From(outcome.Value.Schedule);
        return outcome.Value.Created
            ? TypedResults.Created($"/api/governance/holiday-schedules/{year.ToString(CultureInfo.InvariantCulture)}", view)
            : TypedResults.Ok(view);
    }

    public static async Task<Ok<HolidayScheduleListView>> List(GovernanceContext db, HolidayCalendar calendar, CancellationToken cancellationToken)
    {
        var loaded = await db.Set<HolidayScheduleRecord>().AsNoTracking().OrderBy(s => s.Year).ToListAsync(cancellationToken);
        var current = calendar.Current;
        return TypedResults.Ok(new HolidayScheduleListView(current.FirstCoveredYear, current.LastCoveredYear, loaded.ConvertAll(HolidayScheduleView.From)));
    }

    public static async Task<Results<Ok<HolidayScheduleView>, NotFound>> Get(int year, GovernanceContext db, CancellationToken cancellationToken) =>
        await db.Set<HolidayScheduleRecord>().AsNoTracking().FirstOrDefaultAsync(s => s.Year == year, cancellationToken) is { } stored
            ? TypedResults.Ok(HolidayScheduleView.From(stored))
            : TypedResults.NotFound();
}
