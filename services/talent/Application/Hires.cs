using Microsoft.EntityFrameworkCore;
using Qingmeng.ServiceDefaults.Auditing;
using Qingmeng.ServiceDefaults.Authentication;
using Qingmeng.ServiceDefaults.Data;
using Qingmeng.ServiceDefaults.Messaging;
using Qingmeng.ServiceDefaults.Outcomes;
using Qingmeng.ServiceDefaults.Validation;
using Qingmeng.Talent.Infrastructure;
using Qingmeng.Talent.Model;
using Qingmeng.Talent.Operations;

namespace Qingmeng.Talent.Application;

/// <summary>A hire as the firm (or the talent office) confirms it.</summary>
public sealed record NewHire(Guid JobPostingId, string WorkerName, string ResidentIdNumber, DateOnly HiredOn);

/// <summary>
/// Hires and retention: a hire links the application and any ambassador referral and tells policy-match
/// (HireConfirmed); the 3- and 6-month retention confirmations make a referral's incentive due.
/// </summary>
public static class Hires
{
    public static async Task<Outcome<Hire>> ConfirmAsync(
        TalentContext db, NewHire request, PlatformUser user, DateTimeOffset now, DateOnly today, TalentMetrics metrics, ILogger logger,
        CancellationToken cancellationToken)
    {
        var officer = user.IsOfficer();
        var posting = await db.JobPostings.AsNoTracking()
            .FirstOrDefaultAsync(p => p.Id == request.JobPostingId && (officer || p.CreditCode == user.CreditCode), cancellationToken);
        if (posting is null)
        {
            return JobPostings.PostingNotFound();
        }
        if (request.HiredOn > today)
        {
            return Failure.Invalid("hiredOn", "入职日期不能晚于今天 (hiredOn cannot be in the future).");
        }
        if (request.HiredOn < posting.DatePosted)
        {
            return Failure.Invalid("hiredOn", "入职日期不能早于岗位发布日期 (hiredOn cannot precede datePosted).");
        }

        ResidentIdNumber.TryParse(request.ResidentIdNumber, out var residentId);
        var personKey = PersonKey.Of(residentId!);
        var application = await db.JobApplications.FirstOrDefaultAsync(a => a.JobPostingId == posting.Id && a.PersonKey == personKey, cancellationToken);
        if (application is null && !officer)
        {
            // A hire counts towards the firm's new hires (HireConfirmed → policy-match): a firm hires only people who
            // applied, so it cannot invent workers. The talent office may record one made off the platform.
            TalentLog.HireWithoutApplication(logger, posting.Id, user.Subject);
            return Failure.Unprocessable("residentIdNumber", "只能确认已申请本岗位人员的录用 (a hire can be confirmed only for someone who applied to this posting).")
                .Titled("该人员未申请此岗位 (no application from this person).");
        }
        var referral = await db.Referrals.FirstOrDefaultAsync(r => r.JobPostingId == posting.Id && r.PersonKey == personKey, cancellationToken);
        var (hire, confirmed) = Hire.Confirm(posting, personKey, request.WorkerName.Trim(), PersonKey.Masked(residentId!), request.HiredOn, application, referral, user.Subject, now);
        db.Hires.Add(hire);
        db.AddIntegrationEvent(confirmed, aggregateKey: hire.Id.ToString());
        db.AddAudit(user, "hire.confirmed", "hire", hire.Id.ToString(), now);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (ex.IsUniqueViolation())
        {
            return Failure.Conflict("residentIdNumber", "该职工在此岗位的录用已确认 (this worker's hire for this posting is already confirmed)").Titled("已确认录用 (Already hired.)");
        }
        catch (DbUpdateConcurrencyException)
        {
            return Failure.Conflict("jobPostingId", "确认录用时推荐或申请已被修改，请重试 (the referral or application changed while the hire was confirmed; retry)")
                .Titled("已被他人同时修改 (Changed concurrently.)");
        }
        metrics.HireConfirmed(referral is not null);
        TalentLog.HireConfirmed(logger, hire.Id, posting.Id, referral?.Id);
        return hire;
    }

    /// <summary>The firm confirms the worker is still employed at a milestone; a linked referral's incentive may fall due.</summary>
    public static async Task<Outcome<Hire>> ConfirmRetentionAsync(
        TalentContext db, Guid id, RetentionMilestone milestone, DateOnly confirmedOn, PlatformUser user, DateTimeOffset now, DateOnly today,
        TalentOptions options, TalentMetrics metrics, CancellationToken cancellationToken)
    {
        var hire = await db.Hires.FirstOrDefaultAsync(h => h.Id == id && h.CreditCode == user.CreditCode, cancellationToken);
        if (hire is null)
        {
            return Failure.NotFound("id", "无此录用记录 (no such hire).");
        }
        if (confirmedOn > today)
        {
            return Failure.Invalid("confirmedOn", "确认日期不能晚于今天 (confirmedOn cannot be in the future).");
        }
        if (hire.ConfirmRetention(milestone, confirmedOn) is { } refusal)
        {
            return Failure.Unprocessable("milestone", refusal).Titled("稳岗节点不能确认 (The retention milestone cannot be confirmed.)");
        }
        if (hire.ReferralId is { } referralId && await db.Referrals.FirstOrDefaultAsync(r => r.Id == referralId, cancellationToken) is { } referral
            && referral.RecordRetention(milestone, confirmedOn, options.AmbassadorIncentive, now) is { } due)
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
            return Failure.Conflict("milestone", "确认节点时录用记录已被修改，请刷新后重试 (the hire changed while the milestone was confirmed; reload and retry)")
                .Titled("已被他人同时修改 (Changed concurrently.)");
        }
        metrics.RetentionConfirmed((int)milestone);
        return hire;
    }
}
