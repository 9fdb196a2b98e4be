using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Qingmeng.Finance.Application;
using Qingmeng.Finance.Infrastructure;
using Qingmeng.Finance.Model;
using Qingmeng.ServiceDefaults.Auditing;
using Qingmeng.ServiceDefaults.Authentication;
using Qingmeng.ServiceDefaults.Paging;
using Qingmeng.ServiceDefaults.Problems;

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
        // Another firm's offer is as unknown as a missing one.
        var offer = await db.SciTechLoanOffers.FirstOrDefaultAsync(o => o.Id == id && o.CreditCode == user.CreditCode, cancellationToken);
        if (offer is null)
        {
            return TypedResults.NotFound();
        }
        var now = time.GetUtcNow();
        if (!offer.Answer(accept, user.Subject, now))
        {
            return AlreadyAnswered(offer.Status);
        }
        db.AddAudit(user, accept ? "scitech-offer.accepted" : "scitech-offer.declined", "scitech-loan-offer", offer.Id.ToString(), now);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // A certification counted meanwhile, or a concurrent answer: the firm answers again on what it sees now.
            var current = await db.SciTechLoanOffers.AsNoTracking().Where(o => o.Id == id).Select(o => o.Status).FirstAsync(cancellationToken);
            return current == SciTechLoanOfferStatus.Offered
                ? StateConflict.Of("科创贷邀约刚有更新 (The 科创贷 offer changed meanwhile.)", "请刷新后再答复 (reload the offer and answer again).", current.ToString()).ToFinanceProblem()
                : AlreadyAnswered(current);
        }
        return TypedResults.Ok(View(offer, await ProductsAsync(db, cancellationToken)));
    }

    private static ProblemHttpResult AlreadyAnswered(SciTechLoanOfferStatus status) => FieldProblems.Conflict(
        "status",
        $"该邀约已{(status == SciTechLoanOfferStatus.Accepted ? "接受" : "谢绝")}，不能再次答复 (the offer is {status}; it can be answered once).",
        "科创贷邀约已答复 (The 科创贷 offer was already answered.)",
        new Dictionary<string, object?> { ["currentState"] = status.ToString() });

    private static Task<List<SciTechProductView>> ProductsAsync(FinanceContext db, CancellationToken cancellationToken) =>
        db.Products.AsNoTracking().Where(p => p.Active && p.Kind == ProductKind.SciTech).OrderBy(p => p.Code)
            .Select(p => new SciTechProductView(p.Code, p.Name, p.BankCode, p.MaxAmount, p.MaxTermMonths))
            .ToListAsync(cancellationToken);

    private static SciTechOfferView View(SciTechLoanOffer o, IReadOnlyList<SciTechProductView> products) => new(
        o.Id, o.CreditCode, o.HighLevelTalents, o.HighestTier, o.Status, o.OfferedAt, o.UpdatedAt, o.RespondedAt, products);
}
