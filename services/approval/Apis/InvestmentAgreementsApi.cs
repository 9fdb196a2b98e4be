using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Qingmeng.Approval.Application;
using Qingmeng.Approval.Infrastructure;
using Qingmeng.Approval.Model;
using Qingmeng.ServiceDefaults.Authentication;
using Qingmeng.ServiceDefaults.Outcomes;
using Qingmeng.ServiceDefaults.Paging;
using Qingmeng.ServiceDefaults.Problems;
using Qingmeng.ServiceDefaults.Validation;

namespace Qingmeng.Approval.Apis;

/// <summary>招商签约 → 正式合同 and its 正式合同转化率.</summary>
public static class InvestmentAgreementsApi
{
    public static IEndpointRouteBuilder MapInvestmentAgreementsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/approval").WithTags("Investment agreements");

        api.MapPost("/investment-agreements", SignIntent).WithName("SignInvestmentIntent")
            .WithSummary("招商签约: record a signed intention (意向协议/框架协议); Idempotency-Key answers a repeat with the same agreement")
            .RequireAuthorization(ApprovalPolicies.Investment);
        api.MapGet("/investment-agreements", ListAgreements).WithName("ListInvestmentAgreements")
            .WithSummary("Agreements by intention date, newest first, filtered by status and signing period")
            .RequireAuthorization(ApprovalPolicies.Investment);
        api.MapGet("/investment-agreements/{id:guid}", GetAgreement).WithName("GetInvestmentAgreement").WithSummary("One agreement")
            .RequireAuthorization(ApprovalPolicies.Investment);
        api.MapPost("/investment-agreements/{id:guid}/contract", SignContract).WithName("SignInvestmentContract")
            .WithSummary("正式合同: the intention becomes a formal contract")
            .RequireAuthorization(ApprovalPolicies.Investment);
        api.MapPost("/investment-agreements/{id:guid}/lapse", Lapse).WithName("LapseInvestmentAgreement")
            .WithSummary("The intention lapsed without a contract, with the reason")
            .RequireAuthorization(ApprovalPolicies.Investment);
        api.MapGet("/metrics/contract-conversion", GetContractConversion).WithName("GetContractConversion").WithTags("Metrics")
            .WithSummary("正式合同转化率: of the intentions signed in the period, those contracted, lapsed and open, the rate, median days and contracted investment")
            .RequireAuthorization(ApprovalPolicies.Investment);
        return app;
    }

    public static async Task<Results<Created<InvestmentAgreementView>, Ok<InvestmentAgreementView>, ProblemHttpResult>> SignIntent(
        SignIntentRequest request,
        [FromHeader(Name = "Idempotency-Key")] string? idempotencyKey,
        ClaimsPrincipal principal,
        InvestmentPromotion promotion,
        CancellationToken cancellationToken)
    {
        if (IdempotencyKeys.Invalid(idempotencyKey) is { } badKey)
        {
            return badKey.ToProblem();
        }
        string? creditCode = null;
        if (request.CreditCode is { Length: > 0 })
        {
            UnifiedSocialCreditCode.TryParse(request.CreditCode, out creditCode);
        }
        var signed = await promotion.SignIntentAsync(new NewInvestmentIntent(
            request.InvestorName.Trim(), creditCode, request.IndustryCode, request.PlannedInvestment!.Value, request.SignedOn!.Value, request.ProjectId),
            PlatformUser.From(principal), idempotencyKey, cancellationToken);
        if (!signed.Succeeded)
        {
            return signed.Failure.ToProblem();
        }
        var (agreement, isNew) = signed.Value;
        var view = InvestmentAgreementView.From(agreement);
        return isNew ? TypedResults.Created($"/api/approval/investment-agreements/{agreement.Id}", view) : TypedResults.Ok(view);
    }

    public static async Task<Ok<Page<InvestmentAgreementView>>> ListAgreements(
        [AsParameters] PageRequest page, [AsParameters] InvestmentAgreementQuery query, ApprovalContext db, CancellationToken cancellationToken)
    {
        var agreements = db.InvestmentAgreements.AsNoTracking();
        if (query.Status is { } status)
        {
            agreements = agreements.Where(a => a.Status == status);
        }
        if (query.From is { } from)
        {
            agreements = agreements.Where(a => a.IntentSignedOn >= from);
        }
        if (query.To is { } to)
        {
            agreements = agreements.Where(a => a.IntentSignedOn <= to);
        }
        var count = await agreements.LongCountAsync(cancellationToken);
        var items = await agreements.OrderByDescending(a => a.IntentSignedOn).ThenByDescending(a => a.Number)
            .Skip(page.Skip).Take(page.PageSize).ToListAsync(cancellationToken);
        return TypedResults.Ok(new Page<InvestmentAgreementView>(page.PageIndex, page.PageSize, count, items.ConvertAll(InvestmentAgreementView.From)));
    }

    public static async Task<Results<Ok<InvestmentAgreementView>, NotFound>> GetAgreement(Guid id, ApprovalContext db, CancellationToken cancellationToken)
    {
        var agreement = await db.InvestmentAgreements.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        return agreement is null ? TypedResults.NotFound() : TypedResults.Ok(InvestmentAgreementView.From(agreement));
    }

    public static async Task<Results<Ok<InvestmentAgreementView>, NotFound, ProblemHttpResult>> SignContract(
        Guid id, SignContractRequest request, ClaimsPrincipal principal, InvestmentPromotion promotion, CancellationToken cancellationToken) =>
        Agreement(await promotion.SignContractAsync(id, request.SignedOn!.Value, request.Investment!.Value, PlatformUser.From(principal), cancellationToken));

    public static async Task<Results<Ok<InvestmentAgreementView>, NotFound, ProblemHttpResult>> Lapse(
        Guid id, LapseAgreementRequest request, ClaimsPrincipal principal, InvestmentPromotion promotion, CancellationToken cancellationToken) =>
        Agreement(await promotion.LapseAsync(id, request.Reason.Trim(), PlatformUser.From(principal), cancellationToken));

    public static async Task<Results<Ok<ContractConversion>, ProblemHttpResult>> GetContractConversion(
        [AsParameters] ContractConversionQuery query, ApprovalContext db, CancellationToken cancellationToken)
    {
        if (query.From is not { } from)
        {
            return FieldProblems.BadRequest("from", "须给出统计区间的开始日期 from (from is required)", "统计区间无效 (Invalid range.)");
        }
        if (query.To is not { } to)
        {
            return FieldProblems.BadRequest("to", "须给出统计区间的结束日期 to (to is required)", "统计区间无效 (Invalid range.)");
        }
        if (from > to)
        {
            return FieldProblems.BadRequest("to", $"结束日期 {to:yyyy-MM-dd} 早于开始日期 {from:yyyy-MM-dd} (to is before from)", "统计区间无效 (Invalid range.)");
        }
        var signed = await db.InvestmentAgreements.AsNoTracking()
            .Where(a => a.IntentSignedOn >= from && a.IntentSignedOn <= to)
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(ContractConversion.Of(from, to, signed));
    }

    /// <summary>The agreement as the step left it; an unknown one is a plain 404, a refusal its problem.</summary>
    private static Results<Ok<InvestmentAgreementView>, NotFound, ProblemHttpResult> Agreement(Outcome<InvestmentAgreement> outcome) =>
        outcome.Succeeded ? TypedResults.Ok(InvestmentAgreementView.From(outcome.Value))
        : outcome.Failure.Kind == FailureKind.NotFound ? TypedResults.NotFound()
        : outcome.Failure.ToProblem();
}
