using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Qingmeng.ServiceDefaults.Authentication;
using Qingmeng.ServiceDefaults.Outcomes;
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
        var outcome = await Referrals.RegisterAmbassadorAsync(db, user, request.Name, phone!, request.Region, time.GetUtcNow(), cancellationToken);
        if (!outcome.Succeeded)
        {
            return outcome.Failure.ToProblem();
        }
        return TypedResults.Created("/api/talent/ambassadors/me", AmbassadorView.From(outcome.Value, user));
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
        var outcome = await Referrals.ReferAsync(
            db, user, request.JobPostingId!.Value, request.WorkerName, request.ResidentIdNumber, time.GetUtcNow(), logger, cancellationToken);
        if (!outcome.Succeeded)
        {
            return outcome.Failure.Kind == FailureKind.NotFound ? TypedResults.NotFound() : outcome.Failure.ToProblem();
        }
        var (referral, ambassadorId) = outcome.Value;
        return TypedResults.Created($"/api/talent/referrals/{referral.Id}", ReferralView.From(referral, user, ambassadorId));
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
        var outcome = await Referrals.PayIncentiveAsync(db, id, user, time.GetUtcNow(), metrics, cancellationToken);
        if (!outcome.Succeeded)
        {
            return outcome.Failure.Kind == FailureKind.NotFound ? TypedResults.NotFound() : outcome.Failure.ToProblem();
        }
        return TypedResults.Ok(ReferralView.From(outcome.Value, user, null));
    }
}
