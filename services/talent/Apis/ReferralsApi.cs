using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Qingmeng.ServiceDefaults.Auditing;
using Qingmeng.ServiceDefaults.Authentication;
using Qingmeng.ServiceDefaults.Data;
using Qingmeng.ServiceDefaults.Messaging;
using Qingmeng.ServiceDefaults.Paging;
using Qingmeng.ServiceDefaults.Problems;
using Qingmeng.ServiceDefaults.Validation;
using Qingmeng.Talent.Infrastructure;
using Qingmeng.Talent.Model;
using Qingmeng.Talent.Operations;

using Qingmeng.Talent.Application;

namespace Qingmeng.Talent.Apis;

/// <summary>Recruiting ambassadors (引工大使): registration, referrals of workers to postings, incentives.</summary>
public static class ReferralsApi
{
    public static IEndpointRouteBuilder MapReferralsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/talent").WithTags("Ambassadors");

        api.MapPost("/ambassadors", RegisterAmbassador).WithName("RegisterAmbassador").WithSummary("Register the calling citizen as a recruiting ambassador")
            .RequireAuthorization(TalentPolicies.Citizens);
        api.MapGet("/ambassadors/me", GetMyAmbassador).WithName("GetMyAmbassador").WithSummary("The caller's ambassador record")
            .RequireAuthorization(TalentPolicies.Citizens);
        api.MapGet("/ambassadors", ListAmbassadors).WithName("ListAmbassadors").WithSummary("Every ambassador (officers)")
            .RequireAuthorization(TalentPolicies.Officers);
        api.MapPost("/referrals", ReferWorker).WithName("ReferWorker").WithSummary("An ambassador registers a worker for a posting; one claim per worker and posting")
            .RequireAuthorization(TalentPolicies.Citizens);
        api.MapGet("/referrals", ListReferrals).WithName("ListReferrals").WithSummary("Referrals: an ambassador their own, a firm those to its postings, officers all")
            .RequireAuthorization(TalentPolicies.CitizensFirmsAndOfficers);
        api.MapPost("/referrals/{id:guid}/pay", PayIncentive).WithName("PayReferralIncentive").WithSummary("Record that a payable incentive was paid (officers)")
            .RequireAuthorization(TalentPolicies.Officers);
        return app;
    }

    public static async Task<Results<Created<AmbassadorView>, ProblemHttpResult>> RegisterAmbassador(
        RegisterAmbassadorRequest request, ClaimsPrincipal principal, TalentContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var user = PlatformUser.From(principal);
        MobileNumber.TryParse(request.Phone, out var phone);
        var now = time.GetUtcNow();
        var ambassador = Ambassador.Register(user.Subject, request.Name.Trim(), phone!, request.Region.Trim(), now);
        db.Ambassadors.Add(ambassador);
        db.AddAudit(user, "ambassador.registered", "ambassador", ambassador.Id.ToString(), now);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (ex.IsUniqueViolation())
        {
            return FieldProblems.Conflict("subject", "您已登记为引工大使 (the caller is already registered as an ambassador)", "已是引工大使 (Already an ambassador.)");
        }
        return TypedResults.Created("/api/talent/ambassadors/me", AmbassadorView.From(ambassador, user));
    }

    public static async Task<Results<Ok<AmbassadorView>, NotFound>> GetMyAmbassador(ClaimsPrincipal principal, TalentContext db, CancellationToken cancellationToken)
    {
        var user = PlatformUser.From(principal);
        var ambassador = await db.Ambassadors.AsNoTracking().FirstOrDefaultAsync(a => a.Subject == user.Subject, cancellationToken);
        return ambassador is null ? TypedResults.NotFound() : TypedResults.Ok(AmbassadorView.From(ambassador, user));
    }

    public static async Task<Ok<Page<AmbassadorView>>> ListAmbassadors(
        [AsParameters] PageRequest page, ClaimsPrincipal principal, TalentContext db, CancellationToken cancellationToken)
    {
        var user = PlatformUser.From(principal);
        var count = await db.Ambassadors.LongCountAsync(cancellationToken);
        var items = await db.Ambassadors.AsNoTracking().OrderBy(a => a.RegisteredAt).Skip(page.Skip).Take(page.PageSize).ToListAsync(cancellationToken);
        return TypedResults.Ok(new Page<AmbassadorView>(page.PageIndex, page.PageSize, count, items.ConvertAll(a => AmbassadorView.From(a, user))));
    }

    public static async Task<Results<Created<ReferralView>, NotFound, ProblemHttpResult>> ReferWorker(
        ReferWorkerRequest request, ClaimsPrincipal principal, TalentContext db, TimeProvider time, ILogger<Referral> logger, CancellationToken cancellationToken)
    {
        var user = PlatformUser.From(principal);
        var ambassador = await db.Ambassadors.AsNoTracking().FirstOrDefaultAsync(a => a.Subject == user.Subject, cancellationToken);
        if (ambassador is null)
        {
            return FieldProblems.For(StatusCodes.Status403Forbidden, "ambassador", "推荐职工前请先登记为引工大使 (POST /api/talent/ambassadors) (register as a recruiting ambassador before referring workers)", "不是引工大使 (Not an ambassador.)");
        }
        var posting = await db.JobPostings.AsNoTracking().FirstOrDefaultAsync(p => p.Id == request.JobPostingId, cancellationToken);
        if (posting is null)
        {
            return TypedResults.NotFound();
        }
        var now = time.GetUtcNow();
        if (!posting.IsAcceptingAt(now))
        {
            return JobsApi.PostingNotAccepting(posting, now);
        }
        ResidentIdNumber.TryParse(request.ResidentIdNumber, out var residentId);
        var personKey = PersonKey.Of(residentId!);
        if (await db.Hires.AnyAsync(h => h.JobPostingId == posting.Id && h.PersonKey == personKey, cancellationToken))
        {
            return FieldProblems.Conflict("residentIdNumber", "该职工已被录用，不能再登记推荐 (the worker is already hired for this posting).", "已确认录用 (Already hired.)");
        }
        var referral = Referral.Register(ambassador, posting, personKey, request.WorkerName.Trim(), PersonKey.Masked(residentId!), now);
        db.Referrals.Add(referral);
        db.AddAudit(user, "referral.registered", "referral", referral.Id.ToString(), now);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (ex.IsUniqueViolation())
        {
            TalentLog.ReferralAlreadyClaimed(logger, posting.Id);
            return FieldProblems.Conflict("residentIdNumber", "该职工已由引工大使登记推荐到此岗位 (the worker is already claimed for this posting).", "该职工已被推荐 (Worker already claimed.)");
        }
        return TypedResults.Created($"/api/talent/referrals/{referral.Id}", ReferralView.From(referral, user, ambassador.Id));
    }

    public static async Task<Ok<Page<ReferralView>>> ListReferrals(
        [AsParameters] PageRequest page, [AsParameters] ReferralQuery query, ClaimsPrincipal principal, TalentContext db, CancellationToken cancellationToken)
    {
        var user = PlatformUser.From(principal);
        var referrals = db.Referrals.AsNoTracking();
        Guid? ambassadorId = null;
        if (!user.IsOfficer())
        {
            if (user.IsInRole(PlatformRoles.Firm))
            {
                referrals = referrals.Where(r => r.CreditCode == user.CreditCode);
            }
            else
            {
                ambassadorId = await db.Ambassadors.Where(a => a.Subject == user.Subject).Select(a => (Guid?)a.Id).FirstOrDefaultAsync(cancellationToken);
                referrals = referrals.Where(r => r.AmbassadorId == ambassadorId);
            }
        }
        if (query.Status is { } status)
        {
            referrals = referrals.Where(r => r.Status == status);
        }
        var count = await referrals.LongCountAsync(cancellationToken);
        var items = await referrals.OrderByDescending(r => r.RegisteredAt).Skip(page.Skip).Take(page.PageSize).ToListAsync(cancellationToken);
        return TypedResults.Ok(new Page<ReferralView>(page.PageIndex, page.PageSize, count, items.ConvertAll(r => ReferralView.From(r, user, ambassadorId))));
    }

    public static async Task<Results<Ok<ReferralView>, NotFound, ProblemHttpResult>> PayIncentive(
        Guid id, ClaimsPrincipal principal, TalentContext db, TimeProvider time, TalentMetrics metrics, CancellationToken cancellationToken)
    {
        var user = PlatformUser.From(principal);
        var referral = await db.Referrals.FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (referral is null)
        {
            return TypedResults.NotFound();
        }
        var now = time.GetUtcNow();
        if (referral.MarkPaid(now) is not { } paid)
        {
            return FieldProblems.Conflict("status", $"推荐记录当前为 {referral.Status}；奖励只在确认稳岗满 6 个月后发放一次 (referral is {referral.Status}; an incentive is paid once, after the 6-month retention is confirmed)", "奖励暂不可发放 (The incentive is not payable.)");
        }
        db.AddAudit(user, "referral.incentive_paid", "referral", referral.Id.ToString(), now);
        db.AddIntegrationEvent(paid, aggregateKey: referral.Id.ToString());
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return FieldProblems.Conflict("status", "发放时推荐记录已被修改，请刷新 (the referral changed while it was being paid; reload it)", "已被他人同时修改 (Changed concurrently.)");
        }
        metrics.IncentivePaid();
        return TypedResults.Ok(ReferralView.From(referral, user, null));
    }
}
