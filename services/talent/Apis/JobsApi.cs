using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Qingmeng.ServiceDefaults;
using Qingmeng.ServiceDefaults.Auditing;
using Qingmeng.ServiceDefaults.Authentication;
using Qingmeng.ServiceDefaults.Calendar;
using Qingmeng.ServiceDefaults.Data;
using Qingmeng.ServiceDefaults.Messaging;
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
            return FieldProblems.For(StatusCodes.Status403Forbidden, "creditCode", "只有带统一社会信用代码的企业用户可以发布岗位 (only a firm user with a credit code can post jobs)", "令牌中没有企业 (No firm on the token.)");
        }
        var now = time.GetUtcNow();
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
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        if (idempotencyKey is not null &&
            await db.JobPostings.AsNoTracking().FirstOrDefaultAsync(p => p.PostedBy == user.Subject && p.IdempotencyKey == idempotencyKey, cancellationToken) is { } earlier)
        {
            return TypedResults.Ok(JobPostingView.From(earlier));
        }

        // The firm register (governance) owns firms: only a firm it knows posts, under the name it gives.
        var firm = await db.Firms.AsNoTracking().FirstOrDefaultAsync(f => f.CreditCode == user.CreditCode, cancellationToken);
        if (firm is null)
        {
            return FieldProblems.Unprocessable("creditCode", $"统一社会信用代码 {user.CreditCode} 未在注册企业名录登记，请先登记企业 (credit code {user.CreditCode} is unknown to the firm register; register the firm first)", "该企业不在注册企业名录中 (the firm is not in the zone's firm register)");
        }

        var posting = JobPosting.Post(
            user.CreditCode, firm.Name, request.Title.Trim(), request.Description.Trim(), ChinaTime.Today(time),
            request.ValidThrough!.Value, request.EmploymentType!.Value, request.StreetAddress.Trim(), request.AddressLocality.Trim(),
            string.IsNullOrWhiteSpace(request.AddressRegion) ? "福建省" : request.AddressRegion.Trim(),
            request.Latitude, request.Longitude, request.SalaryMin!.Value, request.SalaryMax!.Value, request.SalaryUnit!.Value,
            request.Openings, user.Subject, idempotencyKey, now);
        db.JobPostings.Add(posting);
        db.AddAudit(user, "job.posted", "job_posting", posting.Id.ToString(), now);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (idempotencyKey is not null && ex.IsUniqueViolation())
        {
            // The same caller's same key raced us here ((posted_by, idempotency_key) is unique): theirs is the posting.
            db.ChangeTracker.Clear();
            var winner = await db.JobPostings.AsNoTracking().FirstOrDefaultAsync(p => p.PostedBy == user.Subject && p.IdempotencyKey == idempotencyKey, cancellationToken);
            return winner is not null
                ? TypedResults.Ok(JobPostingView.From(winner))
                : FieldProblems.Conflict("Idempotency-Key", "同一幂等键的请求正在处理，请稍后重试 (a request with this Idempotency-Key is in progress; retry).", "重复请求 (duplicate request).");
        }
        metrics.PostingPublished();
        return TypedResults.Created($"/api/talent/jobs/{posting.Id}", JobPostingView.From(posting));
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
        var user = PlatformUser.From(principal);
        var posting = await db.JobPostings.FirstOrDefaultAsync(p => p.Id == id && p.CreditCode == user.CreditCode, cancellationToken);
        if (posting is null)
        {
            return TypedResults.NotFound();
        }
        if (!posting.Close())
        {
            return FieldProblems.Conflict("status", "只有开放中的岗位可以关闭 (only an open posting can be closed)", "岗位已关闭 (The posting is already closed.)");
        }
        db.AddAudit(user, "job.closed", "job_posting", posting.Id.ToString(), time.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(JobPostingView.From(posting));
    }

    public static async Task<Results<Created<ApplicationView>, NotFound, ProblemHttpResult>> Apply(
        Guid id, ApplyRequest request, ClaimsPrincipal principal, TalentContext db, TimeProvider time, TalentMetrics metrics,
        ILogger<JobApplication> logger, CancellationToken cancellationToken)
    {
        var user = PlatformUser.From(principal);
        if (user.RefuseUnlessOwnResidentId(request.ResidentIdNumber, "job application", logger) is { } refusal)
        {
            return refusal.ToProblem();
        }
        var posting = await db.JobPostings.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (posting is null)
        {
            return TypedResults.NotFound();
        }
        var now = time.GetUtcNow();
        if (!posting.IsAcceptingAt(now))
        {
            return NotAccepting(posting, now);
        }
        ResidentIdNumber.TryParse(request.ResidentIdNumber, out var residentId);
        MobileNumber.TryParse(request.Phone, out var phone);
        var application = JobApplication.Submit(
            posting, user.Subject, request.ApplicantName.Trim(), phone!, PersonKey.Of(residentId!), PersonKey.Masked(residentId!),
            request.CoverLetter?.Trim(), now);
        db.JobApplications.Add(application);
        db.AddAudit(user, "job.applied", "job_application", application.Id.ToString(), now);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (ex.IsUniqueViolation())
        {
            return FieldProblems.Conflict("residentIdNumber", "此人已申请过该岗位 (this person has already applied for this posting)", "已申请过 (Already applied.)");
        }
        metrics.ApplicationSubmitted();
        return TypedResults.Created($"/api/talent/applications/{application.Id}", ApplicationView.From(application, user));
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
        var officer = user.IsOfficer();
        var posting = await db.JobPostings.AsNoTracking()
            .FirstOrDefaultAsync(p => p.Id == request.JobPostingId && (officer || p.CreditCode == user.CreditCode), cancellationToken);
        if (posting is null)
        {
            return TypedResults.NotFound();
        }
        var hiredOn = request.HiredOn!.Value;
        if (hiredOn > ChinaTime.Today(time))
        {
            return FieldProblems.Validation("hiredOn", "入职日期不能晚于今天 (hiredOn cannot be in the future).");
        }
        if (hiredOn < posting.DatePosted)
        {
            return FieldProblems.Validation("hiredOn", "入职日期不能早于岗位发布日期 (hiredOn cannot precede datePosted).");
        }

        ResidentIdNumber.TryParse(request.ResidentIdNumber, out var residentId);
        var personKey = PersonKey.Of(residentId!);
        var application = await db.JobApplications.FirstOrDefaultAsync(a => a.JobPostingId == posting.Id && a.PersonKey == personKey, cancellationToken);
        if (application is null && !officer)
        {
            // A hire counts towards the firm's new hires (HireConfirmed → policy-match): a firm hires only people who
            // applied, so it cannot invent workers. The talent office may record one made off the platform.
            TalentLog.HireWithoutApplication(logger, posting.Id, user.Subject);
            return FieldProblems.Unprocessable("residentIdNumber", "只能确认已申请本岗位人员的录用 (a hire can be confirmed only for someone who applied to this posting).", "该人员未申请此岗位 (no application from this person).");
        }
        var referral = await db.Referrals.FirstOrDefaultAsync(r => r.JobPostingId == posting.Id && r.PersonKey == personKey, cancellationToken);
        var now = time.GetUtcNow();
        var (hire, confirmed) = Hire.Confirm(posting, personKey, request.WorkerName.Trim(), PersonKey.Masked(residentId!), hiredOn, application, referral, user.Subject, now);
        db.Hires.Add(hire);
        db.AddIntegrationEvent(confirmed, aggregateKey: hire.Id.ToString());
        db.AddAudit(user, "hire.confirmed", "hire", hire.Id.ToString(), now);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (ex.IsUniqueViolation())
        {
            return FieldProblems.Conflict("residentIdNumber", "该职工在此岗位的录用已确认 (this worker's hire for this posting is already confirmed)", "已确认录用 (Already hired.)");
        }
        catch (DbUpdateConcurrencyException)
        {
            return FieldProblems.Conflict("jobPostingId", "确认录用时推荐或申请已被修改，请重试 (the referral or application changed while the hire was confirmed; retry)", "已被他人同时修改 (Changed concurrently.)");
        }
        metrics.HireConfirmed(referral is not null);
        TalentLog.HireConfirmed(logger, hire.Id, posting.Id, referral?.Id);
        return TypedResults.Created($"/api/talent/hires/{hire.Id}", HireView.From(hire, user));
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
        var hire = await db.Hires.FirstOrDefaultAsync(h => h.Id == id && h.CreditCode == user.CreditCode, cancellationToken);
        if (hire is null)
        {
            return TypedResults.NotFound();
        }
        var confirmedOn = request.ConfirmedOn!.Value;
        if (confirmedOn > ChinaTime.Today(time))
        {
            return FieldProblems.Validation("confirmedOn", "确认日期不能晚于今天 (confirmedOn cannot be in the future).");
        }
        var milestone = request.Milestone!.Value;
        if (hire.ConfirmRetention(milestone, confirmedOn) is { } refusal)
        {
            return FieldProblems.Unprocessable("milestone", refusal, "稳岗节点不能确认 (The retention milestone cannot be confirmed.)");
        }
        var now = time.GetUtcNow();
        if (hire.ReferralId is { } referralId && await db.Referrals.FirstOrDefaultAsync(r => r.Id == referralId, cancellationToken) is { } referral
            && referral.RecordRetention(milestone, confirmedOn, options.Value.AmbassadorIncentive, now) is { } due)
        {
            db.AddIntegrationEvent(due, aggregateKey: referral.Id.ToString());
        }
        db.AddAudit(user, $"hire.retained_{(int)milestone}m", "hire", hire.Id.ToString(), now);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return FieldProblems.Conflict("milestone", "确认节点时录用记录已被修改，请刷新后重试 (the hire changed while the milestone was confirmed; reload and retry)", "已被他人同时修改 (Changed concurrently.)");
        }
        metrics.RetentionConfirmed((int)milestone);
        return TypedResults.Ok(HireView.From(hire, user));
    }

    private static ProblemHttpResult NotAccepting(JobPosting posting, DateTimeOffset now) =>
        posting.Status == JobPostingStatus.Closed
            ? FieldProblems.Unprocessable("jobPostingId", "岗位已关闭，不再接受申请 (the posting is closed).", "岗位已关闭 (The posting is closed.)")
            : FieldProblems.Unprocessable("validThrough", $"岗位已于{ChinaTime.ToChinaTime(posting.ValidThrough):yyyy-MM-dd HH:mm}截止 (validThrough has passed; now {now:u}).", "岗位已过期 (The posting has expired.)");

    internal static ProblemHttpResult PostingNotAccepting(JobPosting posting, DateTimeOffset now) => NotAccepting(posting, now);

    private static readonly JsonSerializerOptions JsonLdOptions = new()
    {
        Encoder = Qingmeng.ServiceDefaults.PlatformJson.Encoder,
    };

    private static string EscapeLike(string value) =>
        value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);
}
