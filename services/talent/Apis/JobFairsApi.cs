using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Qingmeng.ServiceDefaults.Auditing;
using Qingmeng.ServiceDefaults.Authentication;
using Qingmeng.ServiceDefaults.Data;
using Qingmeng.ServiceDefaults.Paging;
using Qingmeng.ServiceDefaults.Problems;
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
        var user = PlatformUser.From(principal);
        var now = time.GetUtcNow();
        var fair = JobFair.Schedule(request.Title.Trim(), request.Mode!.Value, request.Venue.Trim(), request.StartsAt!.Value, request.EndsAt!.Value, user.Subject, now);
        db.JobFairs.Add(fair);
        db.AddAudit(user, "fair.scheduled", "job_fair", fair.Id.ToString(), now);
        await db.SaveChangesAsync(cancellationToken);
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
        var user = PlatformUser.From(principal);
        var fair = await db.JobFairs.AsNoTracking().FirstOrDefaultAsync(f => f.Id == id, cancellationToken);
        if (fair is null)
        {
            return TypedResults.NotFound();
        }
        var now = time.GetUtcNow();
        if (fair.EndsAt <= now)
        {
            return FieldProblems.Unprocessable("id", "报名已结束 (the fair has ended).", "The fair is over.");
        }
        var wanted = request.JobPostingIds.Distinct().ToList();
        // Only the firm's own postings that are still open may be brought; another firm's posting counts as unknown.
        var own = await db.JobPostings.AsNoTracking()
            .Where(p => wanted.Contains(p.Id) && p.CreditCode == user.CreditCode && p.Status == JobPostingStatus.Open && p.ValidThrough > now)
            .Select(p => p.Id).ToListAsync(cancellationToken);
        if (own.Count != wanted.Count)
        {
            return FieldProblems.Unprocessable("jobPostingIds", $"以下不是本企业开放中的岗位：{string.Join(", ", wanted.Except(own))} (not open postings of your firm)", "岗位不存在或已关闭 (Unknown or closed postings.)");
        }
        var registration = JobFairRegistration.Register(fair, user.CreditCode!, request.OrganizationName.Trim(), wanted, now);
        db.JobFairRegistrations.Add(registration);
        db.AddAudit(user, "fair.registered", "job_fair_registration", registration.Id.ToString(), now);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (ex.IsUniqueViolation())
        {
            return FieldProblems.Conflict("id", "贵企业已报名本场招聘会 (your firm is already registered for this fair)", "已报名 (Already registered.)");
        }
        return TypedResults.Created($"/api/talent/fairs/{id}/registrations/{registration.Id}",
            new FairRegistrationView(registration.Id, registration.CreditCode, registration.OrganizationName, registration.JobPostingIds, registration.RegisteredAt));
    }
}
