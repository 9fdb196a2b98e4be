using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Qingmeng.ServiceDefaults;
using Qingmeng.ServiceDefaults.Authentication;
using Qingmeng.ServiceDefaults.Calendar;
using Qingmeng.ServiceDefaults.Outcomes;
using Qingmeng.ServiceDefaults.Paging;
using Qingmeng.ServiceDefaults.Problems;
using Qingmeng.ServiceDefaults.Validation;
using Qingmeng.Talent.Application;
using Qingmeng.Talent.Infrastructure;
using Qingmeng.Talent.Model;
using Qingmeng.Talent.Operations;

namespace Qingmeng.Talent.Apis;

/// <summary>Job postings (schema.org JobPosting), public search and JSON-LD, applications, hires and retention.</summary>
public static class JobsApi
{
    public static IEndpointRouteBuilder MapJobsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/talent").WithTags("Jobs");

        api.MapPost("/jobs", PostJob).WithName("PostJob").WithSummary("Publish a job posting for the caller's firm")
            .RequireAuthorization(TalentPolicies.Firms);
        api.MapGet("/jobs", SearchJobs).WithName("SearchJobs").WithSummary("Search open postings by Chinese keyword, salary, location and type (public)")
            .AllowAnonymous();
        api.MapGet("/jobs/mine", ListMyJobs).WithName("ListMyJobs").WithSummary("The caller's firm's postings, open and closed")
            .RequireAuthorization(TalentPolicies.Firms);
        api.MapGet("/jobs/{id:guid}", GetJob).WithName("GetJob").WithSummary("One posting (public)")
            .AllowAnonymous();
        api.MapGet("/jobs/{id:guid}/jsonld", GetJobJsonLd).WithName("GetJobJsonLd").WithSummary("The posting as a schema.org JobPosting JSON-LD document (public)")
            .AllowAnonymous();
        api.MapPost("/jobs/{id:guid}/close", CloseJob).WithName("CloseJob").WithSummary("Stop accepting applications")
            .RequireAuthorization(TalentPolicies.Firms);
        api.MapPost("/jobs/{id:guid}/applications", Apply).WithName("ApplyForJob").WithSummary("Apply for an open posting")
            .RequireAuthorization(TalentPolicies.Citizens);
        api.MapGet("/jobs/{id:guid}/applications", ListApplications).WithName("ListApplications").WithSummary("Applications to one of the caller's firm's postings")
            .RequireAuthorization(TalentPolicies.Firms);
        api.MapGet("/applications/mine", ListMyApplications).WithName("ListMyApplications").WithSummary("The caller's own applications")
            .RequireAuthorization(TalentPolicies.Citizens);
        api.MapPost("/hires", ConfirmHire).WithName("ConfirmHire").WithSummary("Confirm the hire of an applicant to the firm's posting (officers: any posting); the application and any ambassador referral are linked")
            .RequireAuthorization(TalentPolicies.FirmsAndOfficers);
        api.MapGet("/hires", ListHires).WithName("ListHires").WithSummary("Hires: a firm its own, officers all")
            .RequireAuthorization(TalentPolicies.FirmsAndOfficers);
        api.MapPost("/hires/{id:guid}/retention", ConfirmRetention).WithName("ConfirmRetention").WithSummary("Confirm the worker is still employed at 3 or 6 months")
            .RequireAuthorization(TalentPolicies.Firms);
        return app;
    }

    public static async Task<Results<Created<JobPostingView>, Ok<JobPostingView>, ValidationProblem, ProblemHttpResult>> PostJob(
        CreateJobPostingRequest request,
        [FromHeader(Name = "Idempotency-Key")] string? idempotencyKey,
        ClaimsPrincipal principal,
        TalentContext db,
        TimeProvider time,
        TalentMetrics metrics,
        CancellationToken cancellationToken)
    {
        var user = PlatformUser.From(principal);
        if (user.CreditCode is null)
        {
            return JobPostings.NoFirmOnToken().ToProblem();
        }
        var now = time.GetUtcNow();
        if (PostingErrors(request, idempotencyKey, now) is { Count: > 0 } errors)
        {
            return TypedResults.ValidationProblem(errors);
        }
        var outcome = await JobPostings.PostAsync(
            db,
            new NewJobPosting(
                request.Title, request.Description, request.ValidThrough!.Value, request.EmploymentType!.Value, request.StreetAddress, request.AddressLocality,
                request.AddressRegion, request.Latitude, request.Longitude, request.SalaryMin!.Value, request.SalaryMax!.Value, request.SalaryUnit!.Value, request.Openings),
            idempotencyKey, user, now, ChinaTime.Today(time), metrics, cancellationToken);
        if (!outcome.Succeeded)
        {
            return outcome.Failure.ToProblem();
        }
        var (posting, created) = outcome.Value;
        return created
            ? TypedResults.Created($"/api/talent/jobs/{posting.Id}", JobPostingView.From(posting))
            : TypedResults.Ok(JobPostingView.From(posting));
    }

    /// <summary>What is wrong with the request's shape, every field at once (empty when nothing is).</summary>
    private static Dictionary<string, string[]> PostingErrors(CreateJobPostingRequest request, string? idempotencyKey, DateTimeOffset now)
    {
        var errors = new Dictionary<string, string[]>();
        if (request.SalaryMin > request.SalaryMax)
        {
            errors["salaryMax"] = ["薪资上限不能低于下限 (salaryMax must not be below salaryMin)."];
        }
        if (request.ValidThrough <= now)
        {
            errors["validThrough"] = ["截止时间必须晚于现在 (validThrough must be in the future)."];
        }
        if (request.Latitude.HasValue != request.Longitude.HasValue)
        {
            errors[request.Latitude.HasValue ? "longitude" : "latitude"] = ["经纬度须同时提供 (latitude and longitude go together)."];
        }
        if (idempotencyKey is { Length: > TalentAccess.IdempotencyKeyMaxLength })
        {
            errors["Idempotency-Key"] = [TalentAccess.IdempotencyKeyTooLong];
        }
        return errors;
    }

    public static async Task<Ok<Page<JobPostingView>>> SearchJobs(
        [AsParameters] PageRequest page,
        [AsParameters] JobSearchQuery query,
        TalentContext db,
        TimeProvider time,
        CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var postings = db.JobPostings.AsNoTracking().Where(p => p.Status == JobPostingStatus.Open && p.ValidThrough > now);
        if (!string.IsNullOrWhiteSpace(query.Keyword))
        {
            // Chinese has no word boundaries: every keyword (split on spaces) must appear somewhere in the posting.
            foreach (var word in query.Keyword.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                var pattern = "%" + EscapeLike(word) + "%";
                postings = postings.Where(p => EF.Functions.ILike(p.Title, pattern, "\\")
                    || EF.Functions.ILike(p.Description, pattern, "\\")
                    || EF.Functions.ILike(p.OrganizationName, pattern, "\\"));
            }
        }
        if (query.MinSalary is { } minSalary)
        {
            postings = postings.Where(p => p.SalaryMax >= minSalary);
        }
        if (query.SalaryUnit is { } unit)
        {
            postings = postings.Where(p => p.SalaryUnit == unit);
        }
        if (!string.IsNullOrWhiteSpace(query.Location))
        {
            var pattern = "%" + EscapeLike(query.Location.Trim()) + "%";
            postings = postings.Where(p => EF.Functions.ILike(p.Locality, pattern, "\\")
                || EF.Functions.ILike(p.StreetAddress, pattern, "\\")
                || EF.Functions.ILike(p.Region, pattern, "\\"));
        }
        if (query.EmploymentType is { } type)
        {
            postings = postings.Where(p => p.EmploymentType == type);
        }

        var count = await postings.LongCountAsync(cancellationToken);
        var items = await postings.OrderByDescending(p => p.DatePosted).ThenByDescending(p => p.Id)
            .Skip(page.Skip).Take(page.PageSize).ToListAsync(cancellationToken);
        return TypedResults.Ok(new Page<JobPostingView>(page.PageIndex, page.PageSize, count, items.ConvertAll(JobPostingView.From)));
    }

    public static async Task<Ok<Page<JobPostingView>>> ListMyJobs(
        [AsParameters] PageRequest page, ClaimsPrincipal principal, TalentContext db, CancellationToken cancellationToken)
    {
        var user = PlatformUser.From(principal);
        var postings = db.JobPostings.AsNoTracking().Where(p => p.CreditCode == user.CreditCode);
        var count = await postings.LongCountAsync(cancellationToken);
        var items = await postings.OrderByDescending(p => p.CreatedAt).Skip(page.Skip).Take(page.PageSize).ToListAsync(cancellationToken);
        return TypedResults.Ok(new Page<JobPostingView>(page.PageIndex, page.PageSize, count, items.ConvertAll(JobPostingView.From)));
    }

    public static async Task<Results<Ok<JobPostingView>, NotFound>> GetJob(Guid id, TalentContext db, CancellationToken cancellationToken)
    {
        var posting = await db.JobPostings.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        return posting is null ? TypedResults.NotFound() : TypedResults.Ok(JobPostingView.From(posting));
    }

    public static async Task<Results<ContentHttpResult, NotFound>> GetJobJsonLd(Guid id, HttpRequest http, TalentContext db, CancellationToken cancellationToken)
    {
        var posting = await db.JobPostings.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (posting is null)
        {
            return TypedResults.NotFound();
        }
        var url = http.PublicUrl($"/api/talent/jobs/{id}");
        var document = JobPostingJsonLd.Build(posting, url);
        return TypedResults.Text(document.ToJsonString(JsonLdOptions), JobPostingJsonLd.ContentType, System.Text.Encoding.UTF8);
    }

    public static async Task<Results<Ok<JobPostingView>, NotFound, ProblemHttpResult>> CloseJob(
        Guid id, ClaimsPrincipal principal, TalentContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var outcome = await JobPostings.CloseAsync(db, id, PlatformUser.From(principal), time.GetUtcNow(), cancellationToken);
        if (!outcome.Succeeded)
        {
            return outcome.Failure.Kind == FailureKind.NotFound ? TypedResults.NotFound() : outcome.Failure.ToProblem();
        }
        return TypedResults.Ok(JobPostingView.From(outcome.Value));
    }

    public static async Task<Results<Created<ApplicationView>, NotFound, ProblemHttpResult>> Apply(
        Guid id, ApplyRequest request, ClaimsPrincipal principal, TalentContext db, TimeProvider time, TalentMetrics metrics,
        ILogger<JobApplication> logger, CancellationToken cancellationToken)
    {
        var user = PlatformUser.From(principal);
        MobileNumber.TryParse(request.Phone, out var phone);
        var outcome = await JobPostings.ApplyAsync(
            db, id, user, request.ResidentIdNumber, request.ApplicantName, phone!, request.CoverLetter, time.GetUtcNow(), metrics, logger, cancellationToken);
        if (!outcome.Succeeded)
        {
            return outcome.Failure.Kind == FailureKind.NotFound ? TypedResults.NotFound() : outcome.Failure.ToProblem();
        }
        return TypedResults.Created($"/api/talent/applications/{outcome.Value.Id}", ApplicationView.From(outcome.Value, user));
    }

    public static async Task<Results<Ok<Page<ApplicationView>>, NotFound>> ListApplications(
        Guid id, [AsParameters] PageRequest page, ClaimsPrincipal principal, TalentContext db, CancellationToken cancellationToken)
    {
        var user = PlatformUser.From(principal);
        if (!await db.JobPostings.AnyAsync(p => p.Id == id && p.CreditCode == user.CreditCode, cancellationToken))
        {
            return TypedResults.NotFound();
        }
        var applications = db.JobApplications.AsNoTracking().Where(a => a.JobPostingId == id);
        var count = await applications.LongCountAsync(cancellationToken);
        var items = await applications.OrderBy(a => a.AppliedAt).Skip(page.Skip).Take(page.PageSize).ToListAsync(cancellationToken);
        return TypedResults.Ok(new Page<ApplicationView>(page.PageIndex, page.PageSize, count, items.ConvertAll(a => ApplicationView.From(a, user))));
    }

    public static async Task<Ok<Page<ApplicationView>>> ListMyApplications(
        [AsParameters] PageRequest page, ClaimsPrincipal principal, TalentContext db, CancellationToken cancellationToken)
    {
        var user = PlatformUser.From(principal);
        var applications = db.JobApplications.AsNoTracking().Where(a => a.ApplicantSubject == user.Subject);
        var count = await applications.LongCountAsync(cancellationToken);
        var items = await applications.OrderByDescending(a => a.AppliedAt).Skip(page.Skip).Take(page.PageSize).ToListAsync(cancellationToken);
        return TypedResults.Ok(new Page<ApplicationView>(page.PageIndex, page.PageSize, count, items.ConvertAll(a => ApplicationView.From(a, user))));
    }

    public static async Task<Results<Created<HireView>, NotFound, ValidationProblem, ProblemHttpResult>> ConfirmHire(
        ConfirmHireRequest request,
        ClaimsPrincipal principal,
        TalentContext db,
        TimeProvider time,
        TalentMetrics metrics,
        ILogger<Hire> logger,
        CancellationToken cancellationToken)
    {
        var user = PlatformUser.From(principal);
        var outcome = await Hires.ConfirmAsync(
            db, new NewHire(request.JobPostingId!.Value, request.WorkerName, request.ResidentIdNumber, request.HiredOn!.Value), user,
            time.GetUtcNow(), ChinaTime.Today(time), metrics, logger, cancellationToken);
        if (!outcome.Succeeded)
        {
            return outcome.Failure.Kind switch
            {
                FailureKind.NotFound => TypedResults.NotFound(),
                FailureKind.Invalid => FieldProblems.Validation(outcome.Failure.Field, outcome.Failure.Message),
                _ => outcome.Failure.ToProblem(),
            };
        }
        return TypedResults.Created($"/api/talent/hires/{outcome.Value.Id}", HireView.From(outcome.Value, user));
    }

    public static async Task<Ok<Page<HireView>>> ListHires(
        [AsParameters] PageRequest page, ClaimsPrincipal principal, TalentContext db, CancellationToken cancellationToken)
    {
        var user = PlatformUser.From(principal);
        var hires = db.Hires.AsNoTracking();
        if (!user.IsOfficer())
        {
            hires = hires.Where(h => h.CreditCode == user.CreditCode);
        }
        var count = await hires.LongCountAsync(cancellationToken);
        var items = await hires.OrderByDescending(h => h.ConfirmedAt).Skip(page.Skip).Take(page.PageSize).ToListAsync(cancellationToken);
        return TypedResults.Ok(new Page<HireView>(page.PageIndex, page.PageSize, count, items.ConvertAll(h => HireView.From(h, user))));
    }

    public static async Task<Results<Ok<HireView>, NotFound, ValidationProblem, ProblemHttpResult>> ConfirmRetention(
        Guid id,
        ConfirmRetentionRequest request,
        ClaimsPrincipal principal,
        TalentContext db,
        TimeProvider time,
        IOptions<TalentOptions> options,
        TalentMetrics metrics,
        CancellationToken cancellationToken)
    {
        var user = PlatformUser.From(principal);
        var outcome = await Hires.ConfirmRetentionAsync(
            db, id, request.Milestone!.Value, request.ConfirmedOn!.Value, user, time.GetUtcNow(), ChinaTime.Today(time), options.Value, metrics, cancellationToken);
        if (!outcome.Succeeded)
        {
            return outcome.Failure.Kind switch
            {
                FailureKind.NotFound => TypedResults.NotFound(),
                FailureKind.Invalid => FieldProblems.Validation(outcome.Failure.Field, outcome.Failure.Message),
                _ => outcome.Failure.ToProblem(),
            };
        }
        return TypedResults.Ok(HireView.From(outcome.Value, user));
    }

    private static readonly JsonSerializerOptions JsonLdOptions = new()
    {
        Encoder = Qingmeng.ServiceDefaults.PlatformJson.Encoder,
    };

    private static string EscapeLike(string value) =>
        value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);
}
