using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Qingmeng.Governance.Application;
using Qingmeng.Governance.Infrastructure;
using Qingmeng.Governance.Model;
using Qingmeng.Governance.Model.EconomicIndicators;
using Qingmeng.ServiceDefaults.Authentication;
using Qingmeng.ServiceDefaults.Outcomes;
using Qingmeng.ServiceDefaults.Paging;

using Qingmeng.ServiceDefaults.Problems;

namespace Qingmeng.Governance.Apis;

/// <summary>
/// 经济运行: 经济发展局 records the monthly indicators of the 规上企业 (output value, power use, tax) and reads them back
/// with a month's summary. A report whose output or power use falls below the firm's band opens one ECON-RUN case.
/// </summary>
public static class EconomicIndicatorsApi
{
    public static IEndpointRouteBuilder MapEconomicIndicatorsApi(this IEndpointRouteBuilder app)
    {
        var economy = app.MapGroup("/api/governance/economy").WithTags("Economic monitoring")
            .RequireAuthorization(GovernancePolicies.EconomicMonitors);
        economy.MapPost("/reports", Record).WithName("RecordEconomicReport")
            .WithSummary("Record a registered firm's month (a second report of the month corrects it); a drop below the band opens one ECON-RUN case");
        economy.MapGet("/reports", List).WithName("ListEconomicReports").WithSummary("Monthly reports by firm and month, newest month first");
        economy.MapGet("/summary", Summary).WithName("GetEconomicSummary")
            .WithSummary("A month's reporting firms, totals, year-on-year change of the totals and alerts raised");
        return app;
    }

    public static async Task<Results<Created<EconomicReportView>, Ok<EconomicReportView>, ProblemHttpResult>> Record(
        RecordEconomicReportRequest request, ClaimsPrincipal principal, EconomicReporting reporting, TimeProvider time, CancellationToken cancellationToken)
    {
        var figures = new EconomicFigures(request.OutputValue!.Value, request.PowerUse!.Value, request.TaxPaid!.Value);
        var outcome = await reporting.RecordAsync(request.CreditCode, request.Month, figures, PlatformUser.From(principal), time.GetUtcNow(), cancellationToken);
        if (!outcome.Succeeded)
        {
            return outcome.Failure.ToProblem();
        }
        var view = EconomicReportView.From(outcome.Value.Report);
        return outcome.Value.Created
            ? TypedResults.Created($"/api/governance/economy/reports?creditCode={view.CreditCode}&month={view.Month}", view)
            : TypedResults.Ok(view);
    }

    public static async Task<Results<Ok<Page<EconomicReportView>>, ProblemHttpResult>> List(
        [AsParameters] PageRequest page, [AsParameters] EconomicReportQuery query, GovernanceContext db, CancellationToken cancellationToken)
    {
        var reports = db.EconomicReports.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query.CreditCode))
        {
            var code = RegisteredFirm.Normalise(query.CreditCode);
            reports = reports.Where(r => r.CreditCode == code);
        }
        if (!string.IsNullOrWhiteSpace(query.Month))
        {
            if (!ReportMonth.TryParse(query.Month, out var month))
            {
                return BadMonth();
            }
            var monthText = month.ToString();
            reports = reports.Where(r => r.Month == monthText);
        }
        var count = await reports.LongCountAsync(cancellationToken);
        var items = await reports.OrderByDescending(r => r.Month).ThenBy(r => r.CreditCode)
            .Skip(page.Skip).Take(page.PageSize).ToListAsync(cancellationToken);
        return TypedResults.Ok(new Page<EconomicReportView>(page.PageIndex, page.PageSize, count, items.ConvertAll(EconomicReportView.From)));
    }

    public static async Task<Results<Ok<EconomicSummaryView>, ProblemHttpResult>> Summary(
        string? month, EconomicReporting reporting, CancellationToken cancellationToken)
    {
        if (!ReportMonth.TryParse(month, out var reportMonth))
        {
            return BadMonth();
        }
        return TypedResults.Ok(EconomicSummaryView.From(await reporting.SummarizeAsync(reportMonth, cancellationToken)));
    }

    private static ProblemHttpResult BadMonth() =>
        Failure.Invalid("month", "月份须为 yyyy-MM 格式，如 2026-10 (month must be written yyyy-MM)").ToProblem();
}

/// <summary>The filters of the report list: a firm's credit code, a month <c>yyyy-MM</c>.</summary>
public sealed record EconomicReportQuery(string? CreditCode, string? Month);
