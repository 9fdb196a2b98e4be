using Microsoft.EntityFrameworkCore;
using Qingmeng.ServiceDefaults.Auditing;
using Qingmeng.ServiceDefaults.Authentication;
using Qingmeng.ServiceDefaults.Data;
using Qingmeng.ServiceDefaults.Outcomes;
using Qingmeng.Talent.Infrastructure;
using Qingmeng.Talent.Model;

namespace Qingmeng.Talent.Application;

/// <summary>Online and on-site job fairs (线上线下招聘活动): scheduled by officers, firms register with their open postings.</summary>
public static class JobFairs
{
    public static async Task<JobFair> ScheduleAsync(
        TalentContext db, string title, JobFairMode mode, string venue, DateTimeOffset startsAt, DateTimeOffset endsAt, PlatformUser user, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        var fair = JobFair.Schedule(title.Trim(), mode, venue.Trim(), startsAt, endsAt, user.Subject, now);
        db.JobFairs.Add(fair);
        db.AddAudit(user, "fair.scheduled", "job_fair", fair.Id.ToString(), now);
        await db.SaveChangesAsync(cancellationToken);
        return fair;
    }

    /// <summary>The caller's firm registers once per fair, bringing only its own postings that are still open.</summary>
    public static async Task<Outcome<JobFairRegistration>> RegisterAsync(
        TalentContext db, Guid fairId, string organizationName, IEnumerable<Guid> jobPostingIds, PlatformUser user, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        var fair = await db.JobFairs.AsNoTracking().FirstOrDefaultAsync(f => f.Id == fairId, cancellationToken);
        if (fair is null)
        {
            return Failure.NotFound("id", "无此招聘会 (no such fair).");
        }
        if (fair.EndsAt <= now)
        {
            return Failure.Unprocessable("id", "报名已结束 (the fair has ended).").Titled("The fair is over.");
        }
        var wanted = jobPostingIds.Distinct().ToList();
        // Only the firm's own postings that are still open may be brought; another firm's posting counts as unknown.
        var own = await db.JobPostings.AsNoTracking()
            .Where(p => wanted.Contains(p.Id) && p.CreditCode == user.CreditCode && p.Status == JobPostingStatus.Open && p.ValidThrough > now)
            .Select(p => p.Id).ToListAsync(cancellationToken);
        if (own.Count != wanted.Count)
        {
            return Failure.Unprocessable("jobPostingIds", $"以下不是本企业开放中的岗位：{string.Join(", ", wanted.Except(own))} (not open postings of your firm)")
                .Titled("岗位不存在或已关闭 (Unknown or closed postings.)");
        }
        var registration = JobFairRegistration.Register(fair, user.CreditCode!, organizationName.Trim(), wanted, now);
        db.JobFairRegistrations.Add(registration);
        db.AddAudit(user, "fair.registered", "job_fair_registration", registration.Id.ToString(), now);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (ex.IsUniqueViolation())
        {
            return Failure.Conflict("id", "贵企业已报名本场招聘会 (your firm is already registered for this fair)").Titled("已报名 (Already registered.)");
        }
        return registration;
    }
}
