using Microsoft.EntityFrameworkCore;
using Qingmeng.ServiceDefaults.Auditing;
using Qingmeng.ServiceDefaults.Authentication;
using Qingmeng.ServiceDefaults.Calendar;
using Qingmeng.ServiceDefaults.Data;
using Qingmeng.ServiceDefaults.Outcomes;
using Qingmeng.ServiceDefaults.Validation;
using Qingmeng.Talent.Infrastructure;
using Qingmeng.Talent.Model;
using Qingmeng.Talent.Operations;

namespace Qingmeng.Talent.Application;

/// <summary>A job posting as the firm wrote it (already checked for shape: salaries, dates, coordinates).</summary>
public sealed record NewJobPosting(
    string Title, string Description, DateTimeOffset ValidThrough, EmploymentType EmploymentType, string StreetAddress, string AddressLocality,
    string? AddressRegion, double? Latitude, double? Longitude, decimal SalaryMin, decimal SalaryMax, SalaryUnit SalaryUnit, int Openings);

/// <summary>The posting and whether this call made it (false: an earlier call with the same key did).</summary>
public sealed record PostingPublication(JobPosting Posting, bool Created);

/// <summary>Job postings: published by firms the firm register knows, closed by their firm, applied for by citizens as themselves.</summary>
public static class JobPostings
{
    /// <summary>Publishes once per <paramref name="idempotencyKey"/>: a repeat answers with the posting the first call made.</summary>
    public static async Task<Outcome<PostingPublication>> PostAsync(
        TalentContext db, NewJobPosting request, string? idempotencyKey, PlatformUser user, DateTimeOffset now, DateOnly today, TalentMetrics metrics,
        CancellationToken cancellationToken)
    {
        if (user.CreditCode is null)
        {
            return NoFirmOnToken();
        }
        if (idempotencyKey is not null &&
            await db.JobPostings.AsNoTracking().FirstOrDefaultAsync(p => p.PostedBy == user.Subject && p.IdempotencyKey == idempotencyKey, cancellationToken) is { } earlier)
        {
            return new PostingPublication(earlier, Created: false);
        }

        // The firm register (governance) owns firms: only a firm it knows posts, under the name it gives.
        var firm = await db.Firms.AsNoTracking().FirstOrDefaultAsync(f => f.CreditCode == user.CreditCode, cancellationToken);
        if (firm is null)
        {
            return Failure.Unprocessable("creditCode", $"统一社会信用代码 {user.CreditCode} 未在注册企业名录登记，请先登记企业 (credit code {user.CreditCode} is unknown to the firm register; register the firm first)")
                .Titled("该企业不在注册企业名录中 (the firm is not in the zone's firm register)");
        }

        var posting = JobPosting.Post(
            user.CreditCode, firm.Name, request.Title.Trim(), request.Description.Trim(), today,
            request.ValidThrough, request.EmploymentType, request.StreetAddress.Trim(), request.AddressLocality.Trim(),
            string.IsNullOrWhiteSpace(request.AddressRegion) ? "福建省" : request.AddressRegion.Trim(),
            request.Latitude, request.Longitude, request.SalaryMin, request.SalaryMax, request.SalaryUnit,
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
                ? new PostingPublication(winner, Created: false)
                : Failure.Conflict("Idempotency-Key", "同一幂等键的请求正在处理，请稍后重试 (a request with this Idempotency-Key is in progress; retry).").Titled("重复请求 (duplicate request).");
        }
        metrics.PostingPublished();
        return new PostingPublication(posting, Created: true);
    }

    /// <summary>The refusal when the caller's token names no firm (a firm user without a credit code).</summary>
    public static Failure NoFirmOnToken() =>
        Failure.Forbidden("creditCode", "只有带统一社会信用代码的企业用户可以发布岗位 (only a firm user with a credit code can post jobs)")
            .Titled("令牌中没有企业 (No firm on the token.)");

    /// <summary>
    /// Stops a posting of the caller's firm accepting applications (another firm's is unknown). Two closes at once: one
    /// wins, the other hears that the posting is closed, as it would have a moment later.
    /// </summary>
    public static Task<Outcome<JobPosting>> CloseAsync(
        TalentContext db, Guid id, PlatformUser user, DateTimeOffset now, CancellationToken cancellationToken) =>
        db.RunAsync(new Transition<JobPosting>
        {
            Find = ct => db.JobPostings.FirstOrDefaultAsync(p => p.Id == id && p.CreditCode == user.CreditCode, ct),
            NotFound = PostingNotFound(),
            Apply = (posting, _) => Task.FromResult(posting.Close() ? null : AlreadyClosed()),
            Record = posting => db.AddAudit(user, "job.closed", "job_posting", posting.Id.ToString(), now),
            ConcurrentChangeFrom = _ => AlreadyClosed(),
        }, cancellationToken);

    private static Failure AlreadyClosed() =>
        Failure.Conflict("status", "只有开放中的岗位可以关闭 (only an open posting can be closed)").Titled("岗位已关闭 (The posting is already closed.)");

    /// <summary>A citizen applies, as themselves, once per posting, while the posting accepts applications.</summary>
    public static async Task<Outcome<JobApplication>> ApplyAsync(
        TalentContext db, Guid postingId, PlatformUser user, string residentIdNumber, string applicantName, string phone, string? coverLetter,
        DateTimeOffset now, TalentMetrics metrics, ILogger logger, CancellationToken cancellationToken)
    {
        if (user.RefuseUnlessOwnResidentId(residentIdNumber, "job application", logger) is { } refusal)
        {
            return refusal;
        }
        var posting = await db.JobPostings.AsNoTracking().FirstOrDefaultAsync(p => p.Id == postingId, cancellationToken);
        if (posting is null)
        {
            return PostingNotFound();
        }
        if (!posting.IsAcceptingAt(now))
        {
            return NotAccepting(posting, now);
        }
        ResidentIdNumber.TryParse(residentIdNumber, out var residentId);
        var application = JobApplication.Submit(
            posting, user.Subject, applicantName.Trim(), phone, PersonKey.Of(residentId!), PersonKey.Masked(residentId!), coverLetter?.Trim(), now);
        db.JobApplications.Add(application);
        db.AddAudit(user, "job.applied", "job_application", application.Id.ToString(), now);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (ex.IsUniqueViolation())
        {
            return Failure.Conflict("residentIdNumber", "此人已申请过该岗位 (this person has already applied for this posting)").Titled("已申请过 (Already applied.)");
        }
        metrics.ApplicationSubmitted();
        return application;
    }

    /// <summary>Why a posting takes no application or referral now: closed, or past its closing time.</summary>
    public static Failure NotAccepting(JobPosting posting, DateTimeOffset now) =>
        posting.Status == JobPostingStatus.Closed
            ? Failure.Unprocessable("jobPostingId", "岗位已关闭，不再接受申请 (the posting is closed).").Titled("岗位已关闭 (The posting is closed.)")
            : Failure.Unprocessable("validThrough", $"岗位已于{ChinaTime.ToChinaTime(posting.ValidThrough):yyyy-MM-dd HH:mm}截止 (validThrough has passed; now {now:u}).")
                .Titled("岗位已过期 (The posting has expired.)");

    public static Failure PostingNotFound() => Failure.NotFound("id", "无此岗位 (no such posting).");
}
