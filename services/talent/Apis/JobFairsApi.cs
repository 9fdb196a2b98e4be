using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Qingmeng.ServiceDefaults.Authentication;
using Qingmeng.ServiceDefaults.Outcomes;
using Qingmeng.ServiceDefaults.Paging;
using Qingmeng.ServiceDefaults.Problems;
using Qingmeng.Talent.Application;
using Qingmeng.Talent.Infrastructure;
using Qingmeng.Talent.Model;


namespace Qingmeng.Talent.Apis;

/// <summary>Online and on-site job fairs (线上线下招聘活动) with the firms registered and the posts they bring.</summary>
public static class JobFairsApi
{
    public static IEndpointRouteBuilder MapJobFairsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/talent/fairs").WithTags("Job fairs");

        api.MapGet("/", List).WithName("ListJobFairs").WithSummary("Fairs, soonest first (public)").AllowAnonymous();
        api.MapPost("/", Schedule).WithName("ScheduleJobFair").WithSummary("Schedule a fair (officers)")
            .RequireAuthorization(TalentPolicies.Officers);
        api.MapGet("/{id:guid}/registrations", ListRegistrations).WithName("ListFairRegistrations").WithSummary("Firms at a fair and their posts (public)").AllowAnonymous();
        api.MapPost("/{id:guid}/registrations", Register).WithName("RegisterForFair").WithSummary("The caller's firm registers with some of its open postings")
            .RequireAuthorization(TalentPolicies.Firms);
        return app;
    }

    public static async Task<Ok<Page<FairView>>> List([AsParameters] PageRequest page, TalentContext db, CancellationToken cancellationToken)
    {
        var count = await db.JobFairs.LongCountAsync(cancellationToken);
        var fairs = await db.JobFairs.AsNoTracking().OrderBy(f => f.StartsAt).Skip(page.Skip).Take(page.PageSize)
            .Select(f => new FairView(f.Id, f.Title, f.Mode, f.Venue, f.StartsAt, f.EndsAt,
                db.JobFairRegistrations.Count(r => r.JobFairId == f.Id),
                db.JobFairRegistrations.Where(r => r.JobFairId == f.Id).Sum(r => r.JobPostingIds.Count)))
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(new Page<FairView>(page.PageIndex, page.PageSize, count, fairs));
    }

    public static async Task<Results<Created<FairView>, ValidationProblem>> Schedule(
        ScheduleFairRequest request, ClaimsPrincipal principal, TalentContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        if (request.EndsAt <= request.StartsAt)
        {
            return FieldProblems.Validation("endsAt", "结束时间须晚于开始时间 (endsAt must be after startsAt).");
        }
        var fair = await JobFairs.ScheduleAsync(
            db, request.Title, request.Mode!.Value, request.Venue, request.StartsAt!.Value, request.EndsAt!.Value, PlatformUser.From(principal), time.GetUtcNow(),
            cancellationToken);
        return TypedResults.Created($"/api/talent/fairs/{fair.Id}", new FairView(fair.Id, fair.Title, fair.Mode, fair.Venue, fair.StartsAt, fair.EndsAt, 0, 0));
    }

    public static async Task<Results<Ok<IReadOnlyList<FairRegistrationView>>, NotFound>> ListRegistrations(Guid id, TalentContext db, CancellationToken cancellationToken)
    {
        if (!await db.JobFairs.AnyAsync(f => f.Id == id, cancellationToken))
        {
            return TypedResults.NotFound();
        }
        var registrations = await db.JobFairRegistrations.AsNoTracking().Where(r => r.JobFairId == id).OrderBy(r => r.RegisteredAt)
            .Select(r => new FairRegistrationView(r.Id, r.CreditCode, r.OrganizationName, r.JobPostingIds, r.RegisteredAt))
            .ToListAsync(cancellationToken);
        return TypedResults.Ok<IReadOnlyList<FairRegistrationView>>(registrations);
    }

    public static async Task<Results<Created<FairRegistrationView>, NotFound, ProblemHttpResult>> Register(
        Guid id, RegisterForFairRequest request, ClaimsPrincipal principal, TalentContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var outcome = await JobFairs.RegisterAsync(db, id, request.OrganizationName, request.JobPostingIds, PlatformUser.From(principal), time.GetUtcNow(), cancellationToken);
        if (!outcome.Succeeded)
        {
            return outcome.Failure.Kind == FailureKind.NotFound ? TypedResults.NotFound() : outcome.Failure.ToProblem();
        }
        var registration = outcome.Value;
        return TypedResults.Created($"/api/talent/fairs/{id}/registrations/{registration.Id}",
            new FairRegistrationView(registration.Id, registration.CreditCode, registration.OrganizationName, registration.JobPostingIds, registration.RegisteredAt));
    }
}
