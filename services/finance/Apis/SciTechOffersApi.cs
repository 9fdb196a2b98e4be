using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Qingmeng.ServiceDefaults.Problems;
using Qingmeng.Finance.Application;
using Qingmeng.Finance.Infrastructure;
using Qingmeng.Finance.Model;
using Qingmeng.ServiceDefaults.Authentication;
using Qingmeng.ServiceDefaults.Outcomes;
using Qingmeng.ServiceDefaults.Paging;

namespace Qingmeng.Finance.Apis;

/// <summary>
/// 科创贷 offers to firms employing certified high-level talents (from talent's TalentCertified): a firm sees and answers
/// its own; officers see all. Each offer lists the active 科创贷 products the firm may apply for (<c>POST /referrals</c>).
/// </summary>
public static class SciTechOffersApi
{
    public static IEndpointRouteBuilder MapSciTechOffersApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/finance/scitech-offers").WithTags("科创贷 offers");

        api.MapGet("/", List).WithName("ListSciTechOffers").WithSummary("科创贷 offers: a firm its own, officers all, newest first")
            .RequireAuthorization(FinancePolicies.FirmsAndOfficers);
        api.MapGet("/{id:guid}", Get).WithName("GetSciTechOffer").WithSummary("One 科创贷 offer with the products it covers")
            .RequireAuthorization(FinancePolicies.FirmsAndOfficers);
        api.MapPost("/{id:guid}/accept", Accept).WithName("AcceptSciTechOffer").WithSummary("The firm takes the offer up")
            .RequireAuthorization(FinancePolicies.Firms);
        api.MapPost("/{id:guid}/decline", Decline).WithName("DeclineSciTechOffer").WithSummary("The firm declines the offer")
            .RequireAuthorization(FinancePolicies.Firms);
        return app;
    }

    public static async Task<Ok<Page<SciTechOfferView>>> List(
        [AsParameters] PageRequest page, [AsParameters] SciTechOfferQuery query, ClaimsPrincipal principal, FinanceContext db, CancellationToken cancellationToken)
    {
        var user = PlatformUser.From(principal);
        var offers = db.SciTechLoanOffers.AsNoTracking();
        var creditCode = user.FirmFor(query.CreditCode?.Trim().ToUpperInvariant());
        if (creditCode is not null || !user.IsZoneOfficer())
        {
            offers = offers.Where(o => o.CreditCode == creditCode);
        }
        if (query.Status is { } status)
        {
            offers = offers.Where(o => o.Status == status);
        }
        var count = await offers.LongCountAsync(cancellationToken);
        var items = await offers.OrderByDescending(o => o.OfferedAt).ThenByDescending(o => o.Id).Skip(page.Skip).Take(page.PageSize).ToListAsync(cancellationToken);
        var products = await ProductsAsync(db, cancellationToken);
        return TypedResults.Ok(new Page<SciTechOfferView>(page.PageIndex, page.PageSize, count, items.ConvertAll(o => View(o, products))));
    }

    public static async Task<Results<Ok<SciTechOfferView>, NotFound>> Get(Guid id, ClaimsPrincipal principal, FinanceContext db, CancellationToken cancellationToken)
    {
        var user = PlatformUser.From(principal);
        var offer = await db.SciTechLoanOffers.AsNoTracking().FirstOrDefaultAsync(o => o.Id == id, cancellationToken);
        if (offer is null || (!user.IsZoneOfficer() && offer.CreditCode != user.CreditCode))
        {
            return TypedResults.NotFound();
        }
        return TypedResults.Ok(View(offer, await ProductsAsync(db, cancellationToken)));
    }

    public static Task<Results<Ok<SciTechOfferView>, NotFound, ProblemHttpResult>> Accept(
        Guid id, ClaimsPrincipal principal, FinanceContext db, TimeProvider time, CancellationToken cancellationToken) =>
        AnswerAsync(id, accept: true, PlatformUser.From(principal), db, time, cancellationToken);

    public static Task<Results<Ok<SciTechOfferView>, NotFound, ProblemHttpResult>> Decline(
        Guid id, ClaimsPrincipal principal, FinanceContext db, TimeProvider time, CancellationToken cancellationToken) =>
        AnswerAsync(id, accept: false, PlatformUser.From(principal), db, time, cancellationToken);

    private static async Task<Results<Ok<SciTechOfferView>, NotFound, ProblemHttpResult>> AnswerAsync(
        Guid id, bool accept, PlatformUser user, FinanceContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var outcome = await SciTechOfferAnswers.AnswerAsync(db, user, id, accept, time, cancellationToken);
        if (outcome.Succeeded)
        {
            return TypedResults.Ok(View(outcome.Value, await ProductsAsync(db, cancellationToken)));
        }
        return outcome.Failure.Kind == FailureKind.NotFound ? TypedResults.NotFound() : outcome.Failure.ToProblem();
    }

    private static Task<List<SciTechProductView>> ProductsAsync(FinanceContext db, CancellationToken cancellationToken) =>
        db.Products.AsNoTracking().Where(p => p.Active && p.Kind == ProductKind.SciTech).OrderBy(p => p.Code)
            .Select(p => new SciTechProductView(p.Code, p.Name, p.BankCode, p.MaxAmount, p.MaxTermMonths))
            .ToListAsync(cancellationToken);

    private static SciTechOfferView View(SciTechLoanOffer o, IReadOnlyList<SciTechProductView> products) => new(
        o.Id, o.CreditCode, o.HighLevelTalents, o.HighestTier, o.Status, o.OfferedAt, o.UpdatedAt, o.RespondedAt, products);
}
