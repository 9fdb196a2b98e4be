using Microsoft.EntityFrameworkCore;
using Qingmeng.Contracts;
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

/// <summary>A referral made by an ambassador, and the ambassador who made it.</summary>
public sealed record AmbassadorReferral(Referral Referral, Guid AmbassadorId);

/// <summary>
/// Recruiting ambassadors (引工大使): a citizen registers once, refers workers to open postings (one claim per worker
/// and posting), and an officer records the incentive paid once the retention is confirmed.
/// </summary>
public static class Referrals
{
    public static async Task<Outcome<Ambassador>> RegisterAmbassadorAsync(
        TalentContext db, PlatformUser user, string name, string phone, string region, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var ambassador = Ambassador.Register(user.Subject, name.Trim(), phone, region.Trim(), now);
        db.Ambassadors.Add(ambassador);
        db.AddAudit(user, "ambassador.registered", "ambassador", ambassador.Id.ToString(), now);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (ex.IsUniqueViolation())
        {
            return Failure.Conflict("subject", "您已登记为引工大使 (the caller is already registered as an ambassador)").Titled("已是引工大使 (Already an ambassador.)");
        }
        return ambassador;
    }

    public static async Task<Outcome<AmbassadorReferral>> ReferAsync(
        TalentContext db, PlatformUser user, Guid jobPostingId, string workerName, string residentIdNumber, DateTimeOffset now, ILogger logger,
        CancellationToken cancellationToken)
    {
        var ambassador = await db.Ambassadors.AsNoTracking().FirstOrDefaultAsync(a => a.Subject == user.Subject, cancellationToken);
        if (ambassador is null)
        {
            return Failure.Forbidden("ambassador", "推荐职工前请先登记为引工大使 (POST /api/talent/ambassadors) (register as a recruiting ambassador before referring workers)")
                .Titled("不是引工大使 (Not an ambassador.)");
        }
        var posting = await db.JobPostings.AsNoTracking().FirstOrDefaultAsync(p => p.Id == jobPostingId, cancellationToken);
        if (posting is null)
        {
            return JobPostings.PostingNotFound();
        }
        if (!posting.IsAcceptingAt(now))
        {
            return JobPostings.NotAccepting(posting, now);
        }
        ResidentIdNumber.TryParse(residentIdNumber, out var residentId);
        var personKey = PersonKey.Of(residentId!);
        if (await db.Hires.AnyAsync(h => h.JobPostingId == posting.Id && h.PersonKey == personKey, cancellationToken))
        {
            return Failure.Conflict("residentIdNumber", "该职工已被录用，不能再登记推荐 (the worker is already hired for this posting).").Titled("已确认录用 (Already hired.)");
        }
        var referral = Referral.Register(ambassador, posting, personKey, workerName.Trim(), PersonKey.Masked(residentId!), now);
        db.Referrals.Add(referral);
        db.AddAudit(user, "referral.registered", "referral", referral.Id.ToString(), now);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (ex.IsUniqueViolation())
        {
            TalentLog.ReferralAlreadyClaimed(logger, posting.Id);
            return Failure.Conflict("residentIdNumber", "该职工已由引工大使登记推荐到此岗位 (the worker is already claimed for this posting).").Titled("该职工已被推荐 (Worker already claimed.)");
        }
        return new AmbassadorReferral(referral, ambassador.Id);
    }

    /// <summary>Records a payable incentive as paid, once, and tells the other services (on the shared transition runner).</summary>
    public static Task<Outcome<Referral>> PayIncentiveAsync(
        TalentContext db, Guid id, PlatformUser user, DateTimeOffset now, TalentMetrics metrics, CancellationToken cancellationToken)
    {
        RetentionIncentivePaid? paid = null;
        return db.RunAsync(new Transition<Referral>
        {
            Find = ct => db.Referrals.FirstOrDefaultAsync(r => r.Id == id, ct),
            NotFound = Failure.NotFound("id", "无此推荐记录 (no such referral)."),
            Apply = (referral, _) =>
            {
                paid = referral.MarkPaid(now);
                return Task.FromResult(paid is null
                    ? Failure.Conflict("status", $"推荐记录当前为 {referral.Status}；奖励只在确认稳岗满 6 个月后发放一次 (referral is {referral.Status}; an incentive is paid once, after the 6-month retention is confirmed)")
                        .Titled("奖励暂不可发放 (The incentive is not payable.)")
                    : null);
            },
            Record = referral =>
            {
                db.AddAudit(user, "referral.incentive_paid", "referral", referral.Id.ToString(), now);
                db.AddIntegrationEvent(paid!, aggregateKey: referral.Id.ToString());
            },
            AfterSave = _ => metrics.IncentivePaid(),
            ConcurrentChange = Failure.Conflict("status", "发放时推荐记录已被修改，请刷新 (the referral changed while it was being paid; reload it)").Titled("已被他人同时修改 (Changed concurrently.)"),
        }, cancellationToken);
    }
}
