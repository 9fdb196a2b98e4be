using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Qingmeng.ServiceDefaults.Problems;
using Qingmeng.Finance.Application;
using Qingmeng.Finance.Infrastructure;
using Qingmeng.Finance.Model;
using Qingmeng.Finance.Operations;
using Qingmeng.ServiceDefaults.Authentication;
using Qingmeng.ServiceDefaults.Messaging;
using Qingmeng.ServiceDefaults.Outcomes;
using Qingmeng.ServiceDefaults.Paging;

namespace Qingmeng.Finance.Apis;

/// <summary>
/// The IP-pledge financing white list (知识产权质押融资"白名单"): officers score a firm on its indicators and
/// review it; listed firms are visible to every partner bank and announced with <c>WhitelistChanged</c>.
/// </summary>
public static class WhitelistApi
{
    public static IEndpointRouteBuilder MapWhitelistApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/finance/whitelist").WithTags("Whitelist");

        api.MapPost("/evaluations", Evaluate).WithName("EvaluateForWhitelist").WithSummary("Score a firm on the white-list indicators (proposed for review)")
            .RequireAuthorization(FinancePolicies.ZoneOfficers);
        api.MapPost("/{id:guid}/review", Review).WithName("ReviewWhitelistEntry").WithSummary("List or reject a proposed firm")
            .RequireAuthorization(FinancePolicies.ZoneOfficers);
        api.MapPost("/{id:guid}/remove", Remove).WithName("RemoveFromWhitelist").WithSummary("Take a listed firm off the list, with the reason")
            .RequireAuthorization(FinancePolicies.ZoneOfficers);
        api.MapGet("/", ListEntries).WithName("ListWhitelist")
            .WithSummary("The white list: officers every entry, partner banks the listed firms (the push to banks), a firm its own")
            .RequireAuthorization(FinancePolicies.ReadReferrals);
        api.MapGet("/{id:guid}/outcomes", GetOutcomes).WithName("GetWhitelistOutcomes").WithSummary("Referrals and loans granted on a white-list entry")
            .RequireAuthorization(FinancePolicies.ZoneOfficers);
        return app;
    }

    public static async Task<Results<Created<WhitelistEntryView>, ProblemHttpResult>> Evaluate(
        EvaluateWhitelistRequest request, ClaimsPrincipal principal, FinanceContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var outcome = await WhitelistReviews.EvaluateAsync(
            db, PlatformUser.From(principal), request.CreditCode.Trim().ToUpperInvariant(), time, cancellationToken);
        return outcome.Succeeded
            ? TypedResults.Created($"/api/finance/whitelist/{outcome.Value.Id}", WhitelistEntryView.From(outcome.Value))
            : outcome.Failure.ToProblem();
    }

    public static async Task<Results<Ok<WhitelistEntryView>, NotFound, ProblemHttpResult>> Review(
        Guid id, ReviewWhitelistRequest request, ClaimsPrincipal principal, FinanceContext db, TimeProvider time,
        IOptions<FinanceOptions> options, CancellationToken cancellationToken) =>
        Answer(await WhitelistReviews.ReviewAsync(
            db, PlatformUser.From(principal), id, request.List == true, request.Note.Trim(), options.Value.WhitelistThreshold, time, cancellationToken));

    public static async Task<Results<Ok<WhitelistEntryView>, NotFound, ProblemHttpResult>> Remove(
        Guid id, ReasonRequest request, ClaimsPrincipal principal, FinanceContext db, TimeProvider time, CancellationToken cancellationToken) =>
        Answer(await WhitelistReviews.RemoveAsync(db, PlatformUser.From(principal), id, request.Reason.Trim(), time, cancellationToken));

    private static Results<Ok<WhitelistEntryView>, NotFound, ProblemHttpResult> Answer(Outcome<WhitelistEntry> outcome)
    {
        if (outcome.Succeeded)
        {
            return TypedResults.Ok(WhitelistEntryView.From(outcome.Value));
        }
        return outcome.Failure.Kind == FailureKind.NotFound ? TypedResults.NotFound() : outcome.Failure.ToProblem();
    }

    public static async Task<Ok<Page<WhitelistEntryView>>> ListEntries(
        [AsParameters] PageRequest page, [AsParameters] WhitelistQuery query, ClaimsPrincipal principal, FinanceContext db, CancellationToken cancellationToken)
    {
        var user = PlatformUser.From(principal);
        var entries = db.Whitelist.AsNoTracking();
        if (user.IsZoneOfficer())
        {
            if (query.Status is { } status)
            {
                entries = entries.Where(w => w.Status == status);
            }
        }
        else if (user.IsInRole(PlatformRoles.Firm))
        {
            entries = entries.Where(w => w.CreditCode == user.CreditCode);
        }
        else
        {
            // Partner banks see the list itself, never proposals or rejections.
            entries = entries.Where(w => w.Status == WhitelistStatus.Listed);
        }
        var count = await entries.LongCountAsync(cancellationToken);
        var items = await entries.OrderByDescending(w => w.Score).ThenBy(w => w.CreditCode).Skip(page.Skip).Take(page.PageSize).ToListAsync(cancellationToken);
        return TypedResults.Ok(new Page<WhitelistEntryView>(page.PageIndex, page.PageSize, count, items.ConvertAll(WhitelistEntryView.From)));
    }

    public static async Task<Results<Ok<WhitelistOutcomeView>, NotFound>> GetOutcomes(Guid id, FinanceContext db, CancellationToken cancellationToken)
    {
        var entry = await db.Whitelist.AsNoTracking().FirstOrDefaultAsync(w => w.Id == id, cancellationToken);
        if (entry is null)
        {
            return TypedResults.NotFound();
        }
        var referrals = await db.Referrals.AsNoTracking().Where(r => r.WhitelistEntryId == id).OrderBy(r => r.AppliedAt).ToListAsync(cancellationToken);
        ReferralStatus[] approved = [ReferralStatus.Approved, ReferralStatus.Disbursed, ReferralStatus.Repaid, ReferralStatus.Renewed];
        var disbursed = referrals.Where(r => r.DisbursedAmount is not null).ToList();
        return TypedResults.Ok(new WhitelistOutcomeView(
            WhitelistEntryView.From(entry), referrals.Count, referrals.Count(r => approved.Contains(r.Status)),
            disbursed.Count, disbursed.Sum(r => r.DisbursedAmount!.Value), referrals.ConvertAll(ReferralView.From)));
    }
}
