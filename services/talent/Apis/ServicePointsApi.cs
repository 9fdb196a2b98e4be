using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Qingmeng.ServiceDefaults.Authentication;
using Qingmeng.ServiceDefaults.Paging;
using Qingmeng.ServiceDefaults.Problems;
using Qingmeng.Talent.Application;
using Qingmeng.Talent.Infrastructure;
using Qingmeng.Talent.Model;
using Qingmeng.Talent.Operations;


namespace Qingmeng.Talent.Apis;

public sealed record ServicePointSummary(int Points, int InZone, int LabourCooperationStations, int Provinces, long JobSeekersServed);

/// <summary>Employment service points and the 10-minute employment service circle.</summary>
public static class ServicePointsApi
{
    public static IEndpointRouteBuilder MapServicePointsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/talent/service-points").WithTags("Service points");

        api.MapGet("/", List).WithName("ListServicePoints").WithSummary("Service points and labour cooperation stations (public)").AllowAnonymous();
        api.MapGet("/summary", Summary).WithName("ServicePointSummary").WithSummary("Stations, provinces and job seekers attracted (public)").AllowAnonymous();
        api.MapPost("/", Create).WithName("CreateServicePoint").WithSummary("Add a service point (officers)")
            .RequireAuthorization(TalentPolicies.Officers);
        api.MapGet("/nearest", Nearest).WithName("NearestServicePoints").WithSummary("The nearest service points to a location, with walking time (public)").AllowAnonymous();
        api.MapGet("/coverage", Coverage).WithName("ServiceCircleCoverage").WithSummary("Which parts of the zone lie outside the walking circle (public)").AllowAnonymous();
        return app;
    }

    public static async Task<Ok<Page<ServicePointView>>> List(
        [AsParameters] PageRequest page, [AsParameters] ServicePointQuery query, TalentContext db, CancellationToken cancellationToken)
    {
        var points = db.ServicePoints.AsNoTracking();
        if (query.Kind is { } kind)
        {
            points = points.Where(p => p.Kind == kind);
        }
        if (!string.IsNullOrWhiteSpace(query.Province))
        {
            points = points.Where(p => p.Province == query.Province);
        }
        var count = await points.LongCountAsync(cancellationToken);
        var items = await points.OrderBy(p => p.Code).Skip(page.Skip).Take(page.PageSize).ToListAsync(cancellationToken);
        return TypedResults.Ok(new Page<ServicePointView>(page.PageIndex, page.PageSize, count, items.ConvertAll(ServicePointView.From)));
    }

    public static async Task<Ok<ServicePointSummary>> Summary(TalentContext db, CancellationToken cancellationToken)
    {
        var points = await db.ServicePoints.AsNoTracking().Select(p => new { p.Kind, p.Province, p.JobSeekersServed }).ToListAsync(cancellationToken);
        var stations = points.Where(p => p.Kind == ServicePointKind.LabourCooperationStation).ToList();
        return TypedResults.Ok(new ServicePointSummary(
            points.Count, points.Count - stations.Count, stations.Count, stations.Select(p => p.Province).Distinct().Count(), points.Sum(p => (long)p.JobSeekersServed)));
    }

    public static async Task<Results<Created<ServicePointView>, ProblemHttpResult>> Create(
        CreateServicePointRequest request, ClaimsPrincipal principal, TalentContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var outcome = await ServicePoints.AddAsync(
            db,
            new NewServicePoint(request.Code, request.Name, request.Kind!.Value, request.Province, request.City, request.Address,
                request.Latitude!.Value, request.Longitude!.Value, request.OpeningHours, request.JobSeekersServed),
            PlatformUser.From(principal), time.GetUtcNow(), cancellationToken);
        if (!outcome.Succeeded)
        {
            return outcome.Failure.ToProblem();
        }
        return TypedResults.Created($"/api/talent/service-points/{outcome.Value.Id}", ServicePointView.From(outcome.Value));
    }

    public static async Task<Ok<NearestResult>> Nearest(
        [AsParameters] NearestQuery query, TalentContext db, IOptions<TalentOptions> options, CancellationToken cancellationToken)
    {
        var circle = new WalkingCircle(options.Value.WalkingSpeedKmh, options.Value.CircleMinutes, options.Value.DetourFactor);
        var points = db.ServicePoints.AsNoTracking();
        if (query.Kind is { } kind)
        {
            points = points.Where(p => p.Kind == kind);
        }
        // A few hundred points at most: a full scan in memory is cheaper than a spatial extension (see the benchmark).
        var all = await points.ToListAsync(cancellationToken);
        var origin = new GeoPoint(query.Latitude!.Value, query.Longitude!.Value);
        var nearest = NearestPoints.Find(all, p => p.Position, origin, query.Count ?? 3)
            .Select(d => new NearestPointView(ServicePointView.From(d.Point), Math.Round(d.Metres), Math.Round(circle.MinutesFor(d.Metres), 1), d.Metres <= circle.RadiusMetres))
            .ToList();
        return TypedResults.Ok(new NearestResult(origin.Latitude, origin.Longitude, circle.WalkingSpeedKmh, circle.Minutes, nearest));
    }

    public static async Task<Ok<CoverageView>> Coverage(
        [AsParameters] CoverageQuery query, TalentContext db, IOptions<TalentOptions> options, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var circle = new WalkingCircle(query.WalkingSpeedKmh ?? settings.WalkingSpeedKmh, query.Minutes ?? settings.CircleMinutes, settings.DetourFactor);
        var points = await db.ServicePoints.AsNoTracking()
            .Where(p => p.Kind != ServicePointKind.LabourCooperationStation)
            .Select(p => new GeoPoint(p.Latitude, p.Longitude))
            .ToListAsync(cancellationToken);
        var report = CoverageCalculator.Compute(points, ZoneMap.Grid(settings.CoverageCellMetres), ZoneMap.Areas, circle, maxUncoveredListed: 500);
        return TypedResults.Ok(new CoverageView(circle.WalkingSpeedKmh, circle.Minutes, circle.DetourFactor, settings.CoverageCellMetres, points.Count, report));
    }
}
