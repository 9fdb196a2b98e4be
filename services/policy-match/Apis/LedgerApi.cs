using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Qingmeng.PolicyMatch.Infrastructure;
using Qingmeng.PolicyMatch.Model.Ledger;
using Qingmeng.ServiceDefaults.Authentication;
using Qingmeng.ServiceDefaults.Paging;
using Qingmeng.PolicyMatch.Application;

namespace Qingmeng.PolicyMatch.Apis;

/// <summary>The disbursement ledger: budgets per policy and period, payments and clawbacks, and the 秒兑现 totals.</summary>
public static class LedgerApi
{
    public static IEndpointRouteBuilder MapLedgerApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/policy").WithTags("Ledger");

        api.MapGet("/budgets", ListBudgets).WithName("ListBudgets").WithSummary("Budget envelope, paid and remaining per policy and period")
            .RequireAuthorization(PolicyMatchPolicies.Officers);
        api.MapGet("/disbursements", ListDisbursements).WithName("ListDisbursements").WithSummary("Payments and clawbacks: a firm's own; all for officers")
            .RequireAuthorization(PolicyMatchPolicies.FirmsAndOfficers);
        api.MapGet("/disbursements/summary", Summarise).WithName("SummariseDisbursements")
            .WithSummary("秒兑现 totals for a period: amount paid, firm-times, firms, clawbacks, median hours from eligibility to payment")
            .RequireAuthorization(PolicyMatchPolicies.Officers);
        return app;
    }

    public static async Task<Ok<Page<LedgerView>>> ListBudgets(
        [AsParameters] PageRequest page, [AsParameters] LedgerQuery query, PolicyMatchContext db, CancellationToken cancellationToken)
    {
        var ledgers = db.BudgetLedgers.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query.Period))
        {
            ledgers = ledgers.Where(l => l.Period == query.Period);
        }
        if (!string.IsNullOrWhiteSpace(query.PolicyCode))
        {
            ledgers = ledgers.Where(l => l.PolicyCode == query.PolicyCode);
        }
        var count = await ledgers.LongCountAsync(cancellationToken);
        var items = await ledgers.OrderBy(l => l.Period).ThenBy(l => l.PolicyCode).Skip(page.Skip).Take(page.PageSize)
            .Select(l => new LedgerView(l.PolicyCode, l.Period, l.Envelope, l.Paid, l.Envelope - l.Paid, l.ClawedBack, l.Payments))
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(new Page<LedgerView>(page.PageIndex, page.PageSize, count, items));
    }

    public static async Task<Ok<Page<DisbursementView>>> ListDisbursements(
        [AsParameters] PageRequest page, [AsParameters] LedgerQuery query, ClaimsPrincipal principal, PolicyMatchContext db, CancellationToken cancellationToken)
    {
        var user = PlatformUser.From(principal);
        var entries = db.Disbursements.AsNoTracking();
        entries = user.IsOfficer() ? entries
            : user.OwnFirm() is { } creditCode ? entries.Where(d => d.CreditCode == creditCode)
            : entries.Where(_ => false);
        if (!string.IsNullOrWhiteSpace(query.Period))
        {
            entries = entries.Where(d => d.Period == query.Period);
        }
        if (!string.IsNullOrWhiteSpace(query.PolicyCode))
        {
            entries = entries.Where(d => d.PolicyCode == query.PolicyCode);
        }
        var count = await entries.LongCountAsync(cancellationToken);
        var items = await entries.OrderByDescending(d => d.RecordedAt).ThenBy(d => d.Id).Skip(page.Skip).Take(page.PageSize).ToListAsync(cancellationToken);
        return TypedResults.Ok(new Page<DisbursementView>(page.PageIndex, page.PageSize, count, items.ConvertAll(DisbursementView.From)));
    }

    public static async Task<Results<Ok<LedgerSummary>, ValidationProblem>> Summarise(
        [AsParameters] LedgerQuery query, PolicyMatchContext db, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(query.Period))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["period"] = ["period 为必填项，如 2024 (period is required, e.g. 2024)"] });
        }
        var entries = db.Disbursements.AsNoTracking().Where(d => d.Period == query.Period);
        var payments = entries.Where(d => d.Kind == DisbursementKind.Payment);
        var amount = await payments.SumAsync(d => (decimal?)d.Amount, cancellationToken) ?? 0;
        var firmTimes = await payments.CountAsync(cancellationToken);
        var firms = await payments.Select(d => d.CreditCode).Distinct().CountAsync(cancellationToken);
        var clawedBack = await entries.Where(d => d.Kind == DisbursementKind.Clawback).SumAsync(d => (decimal?)d.Amount, cancellationToken) ?? 0;
        var speeds = await payments.Where(d => d.EligibleSince != null)
            .Select(d => new { d.RecordedAt, d.EligibleSince }).ToListAsync(cancellationToken);
        var hours = speeds.Select(s => (s.RecordedAt - s.EligibleSince!.Value).TotalHours).Order().ToList();
        double? median = hours.Count == 0 ? null : hours[hours.Count / 2];
        return TypedResults.Ok(new LedgerSummary(query.Period, amount, firmTimes, firms, clawedBack, median));
    }
}
