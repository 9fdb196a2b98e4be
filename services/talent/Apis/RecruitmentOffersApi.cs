using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Qingmeng.ServiceDefaults.Authentication;
using Qingmeng.ServiceDefaults.Outcomes;
using Qingmeng.ServiceDefaults.Paging;
using Qingmeng.ServiceDefaults.Problems;
using Qingmeng.Talent.Infrastructure;
using Qingmeng.Talent.Model;

using Qingmeng.Talent.Application;

namespace Qingmeng.Talent.Apis;

/// <summary>
/// Recruitment help offered to a firm when approval reports its project (job-fair places, 引工大使 referrals): a firm
/// sees and answers its own offers; officers see every firm's.
/// </summary>
public static class RecruitmentOffersApi
{
    public static IEndpointRouteBuilder MapRecruitmentOffersApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/talent/recruitment-offers").WithTags("Recruitment offers");

        api.MapGet("/", List).WithName("ListRecruitmentOffers").WithSummary("Recruitment offers: a firm its own, officers all, newest first")
            .RequireAuthorization(TalentPolicies.FirmsAndOfficers);
        api.MapGet("/{id:guid}", Get).WithName("GetRecruitmentOffer").WithSummary("One recruitment offer")
            .RequireAuthorization(TalentPolicies.FirmsAndOfficers);
        api.MapPost("/{id:guid}/accept", Accept).WithName("AcceptRecruitmentOffer").WithSummary("The firm accepts the job-fair places and referrals")
            .RequireAuthorization(TalentPolicies.Firms);
        api.MapPost("/{id:guid}/decline", Decline).WithName("DeclineRecruitmentOffer").WithSummary("The firm declines the offer, saying why")
            .RequireAuthorization(TalentPolicies.Firms);
        return app;
    }

    public static async Task<Ok<Page<RecruitmentOfferView>>> List(
        [AsParameters] PageRequest page, [AsParameters] RecruitmentOfferQuery query, ClaimsPrincipal principal, TalentContext db, CancellationToken cancellationToken)
    {
        var offers = VisibleTo(db.RecruitmentOffers.AsNoTracking(), PlatformUser.From(principal));
        if (query.Status is { } status)
        {
            offers = offers.Where(o => o.Status == status);
        }
        if (!string.IsNullOrWhiteSpace(query.CreditCode))
        {
            var creditCode = query.CreditCode.Trim().ToUpperInvariant();
            offers = offers.Where(o => o.CreditCode == creditCode);
        }
        var count = await offers.LongCountAsync(cancellationToken);
        var items = await ViewsAsync(offers.OrderByDescending(o => o.OfferedAt).ThenByDescending(o => o.Id).Skip(page.Skip).Take(page.PageSize), db, cancellationToken);
        return TypedResults.Ok(new Page<RecruitmentOfferView>(page.PageIndex, page.PageSize, count, items));
    }

    public static async Task<Results<Ok<RecruitmentOfferView>, NotFound>> Get(Guid id, ClaimsPrincipal principal, TalentContext db, CancellationToken cancellationToken)
    {
        var view = (await ViewsAsync(VisibleTo(db.RecruitmentOffers.AsNoTracking(), PlatformUser.From(principal)).Where(o => o.Id == id), db, cancellationToken))
            .FirstOrDefault();
        return view is null ? TypedResults.NotFound() : TypedResults.Ok(view);
    }

    public static async Task<Results<Ok<RecruitmentOfferView>, NotFound, ProblemHttpResult>> Accept(
        Guid id, ClaimsPrincipal principal, TalentContext db, TimeProvider time, CancellationToken cancellationToken) =>
        await AnswerAsync(await RecruitmentOfferAnswers.AcceptAsync(db, id, PlatformUser.From(principal), time.GetUtcNow(), cancellationToken), db, cancellationToken);

    public static async Task<Results<Ok<RecruitmentOfferView>, NotFound, ProblemHttpResult>> Decline(
        Guid id, DeclineRecruitmentOfferRequest request, ClaimsPrincipal principal, TalentContext db, TimeProvider time, CancellationToken cancellationToken) =>
        await AnswerAsync(await RecruitmentOfferAnswers.DeclineAsync(db, id, PlatformUser.From(principal), request.Reason, time.GetUtcNow(), cancellationToken),
            db, cancellationToken);

    /// <summary>The answered offer as stored, or the refusal; another firm's offer stays a bare 404.</summary>
    private static async Task<Results<Ok<RecruitmentOfferView>, NotFound, ProblemHttpResult>> AnswerAsync(
        Outcome<RecruitmentOffer> outcome, TalentContext db, CancellationToken cancellationToken)
    {
        if (!outcome.Succeeded)
        {
            return outcome.Failure.Kind == FailureKind.NotFound ? TypedResults.NotFound() : outcome.Failure.ToProblem();
        }
        var id = outcome.Value.Id;
        return TypedResults.Ok((await ViewsAsync(db.RecruitmentOffers.AsNoTracking().Where(o => o.Id == id), db, cancellationToken))[0]);
    }

    private static IQueryable<RecruitmentOffer> VisibleTo(IQueryable<RecruitmentOffer> offers, PlatformUser user) =>
        user.IsOfficer() ? offers : offers.Where(o => o.CreditCode == user.CreditCode);

    /// <summary>The offers in order, each with the fair its places are at.</summary>
    private static async Task<List<RecruitmentOfferView>> ViewsAsync(IQueryable<RecruitmentOffer> offers, TalentContext db, CancellationToken cancellationToken)
    {
        var page = await offers.ToListAsync(cancellationToken);
        var fairIds = page.Where(o => o.JobFairId is not null).Select(o => o.JobFairId!.Value).Distinct().ToList();
        var fairs = await db.JobFairs.AsNoTracking().Where(f => fairIds.Contains(f.Id)).ToDictionaryAsync(f => f.Id, cancellationToken);
        return page.ConvertAll(o =>
        {
            var fair = o.JobFairId is { } fairId ? fairs.GetValueOrDefault(fairId) : null;
            return new RecruitmentOfferView(
                o.Id, o.CreditCode, o.ProjectId, o.ProjectName, o.Trigger, o.JobFairPlaces, o.JobFairId, fair?.Title, fair?.StartsAt,
                o.AmbassadorReferrals, o.Status, o.OfferedAt, o.RespondedAt, o.DeclineReason);
        });
    }
}
