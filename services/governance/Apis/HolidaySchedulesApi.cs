using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Qingmeng.Contracts.ReferenceData;
using Qingmeng.Contracts;
using Qingmeng.Governance.Application;
using Qingmeng.Governance.Infrastructure;
using Qingmeng.Governance.Operations;
using Qingmeng.ServiceDefaults.Auditing;
using Qingmeng.ServiceDefaults.Authentication;
using Qingmeng.ServiceDefaults.Calendar;
using Qingmeng.ServiceDefaults.Data;
using Qingmeng.ServiceDefaults.Messaging;

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
        int year, LoadHolidayScheduleRequest request, ClaimsPrincipal principal, GovernanceContext db, HolidayCalendar calendar,
        IOptions<GovernanceOptions> options, TimeProvider time, CancellationToken cancellationToken)
    {
        if (HolidayScheduleRules.Validate(year, request, calendar.Current) is { Count: > 0 } errors)
        {
            return TypedResults.ValidationProblem(errors, title: "节假日安排有误 (the holiday schedule is invalid)");
        }

        var user = PlatformUser.From(principal);
        var now = time.GetUtcNow();
        var schedule = HolidayScheduleRules.ToSchedule(year, request);
        var stored = await db.Set<HolidayScheduleRecord>().FirstOrDefaultAsync(s => s.Year == year, cancellationToken);
        if (stored is not null && stored.ToSchedule().SameAs(schedule))
        {
            return TypedResults.Ok(HolidayScheduleView.From(stored));
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
            return TypedResults.Problem(
                title: "载入期间有诉求被修改，未保存任何内容，请重试 (a case changed while its deadline was recomputed; nothing was saved, try again)",
                statusCode: StatusCodes.Status409Conflict,
                extensions: new Dictionary<string, object?> { ["field"] = "year" });
        }
        catch (DbUpdateException exception) when (exception.IsUniqueViolation())
        {
            // Another administrator loaded the year meanwhile.
            return TypedResults.Problem(
                title: $"{year} 年的节假日安排刚被他人载入，请刷新后再试 (the {year} schedule was loaded meanwhile; reload it and try again)",
                statusCode: StatusCodes.Status409Conflict,
                extensions: new Dictionary<string, object?> { ["field"] = "year" });
        }
        calendar.Confirm(schedule, now);
        var view = HolidayScheduleView.From(stored);
        return created
            ? TypedResults.Created($"/api/governance/holiday-schedules/{yearText}", view)
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
