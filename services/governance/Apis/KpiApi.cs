using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Qingmeng.Governance.Application;
using Qingmeng.Governance.Infrastructure;
using Qingmeng.ServiceDefaults.Authentication;
using Qingmeng.ServiceDefaults.Calendar;
using Qingmeng.ServiceDefaults.Paging;
using Qingmeng.Governance.Model;

using Qingmeng.ServiceDefaults.Outcomes;
using Qingmeng.ServiceDefaults.Problems;

namespace Qingmeng.Governance.Apis;

/// <summary>签收率, 按时办结率, 办结率, 满意率 per department and period, and the cases behind each figure.</summary>
public static class KpiApi
{
    public static IEndpointRouteBuilder MapKpiApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/governance/kpis").WithTags("KPIs");
        api.MapGet("/", GetKpis).WithName("GetKpis")
            .WithSummary("KPIs per department for a period, reproducible as of an instant; officers see their own department")
            .RequireAuthorization(GovernancePolicies.CentreAndDepartments);
        api.MapGet("/cases", DrillDown).WithName("GetKpiCases")
            .WithSummary("The dispatches behind one department's indicator, each with its outcome and reason")
            .RequireAuthorization(GovernancePolicies.CentreAndDepartments);
        return app;
    }

    public static async Task<Results<Ok<KpiReport>, ValidationProblem, ProblemHttpResult>> GetKpis(
        [AsParameters] KpiQuery query, ClaimsPrincipal principal, GovernanceContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var user = PlatformUser.From(principal);
        if (Scope(user, query.DepartmentCode) is not { } department)
        {
            return ForeignDepartment();
        }
        if (QueryBounds.CheckPeriod(query.From!.Value, query.To!.Value) is { } outOfBounds)
        {
            return outOfBounds;
        }
        var asOf = AsOf(query.From!.Value, query.To!.Value, query.AsOf, time);
        var rows = await KpiData.LoadAsync(db, query.From.Value, query.To.Value, department, cancellationToken);
        return TypedResults.Ok(new KpiReport(query.From.Value, query.To.Value, asOf, KpiCalculator.Compute(rows, asOf)));
    }

    public static async Task<Results<Ok<Page<KpiCaseView>>, ValidationProblem, ProblemHttpResult>> DrillDown(
        [AsParameters] KpiDrillDownQuery query, [AsParameters] PageRequest page, ClaimsPrincipal principal, GovernanceContext db, TimeProvider time,
        CancellationToken cancellationToken)
    {
        var user = PlatformUser.From(principal);
        if (Scope(user, query.DepartmentCode) is not { } department)
        {
            return ForeignDepartment();
        }
        if (QueryBounds.CheckPeriod(query.From!.Value, query.To!.Value) is { } outOfBounds)
        {
            return outOfBounds;
        }
        var asOf = AsOf(query.From!.Value, query.To!.Value, query.AsOf, time);
        var rows = await KpiData.LoadAsync(db, query.From.Value, query.To.Value, department, cancellationToken);
        // Each dispatch's outcome is classified in memory (the same rules as the figures), so the page is cut after filtering.
        var matching = rows
            .Select(d => (Dispatch: d, Classified: KpiCalculator.Classify(d, query.Indicator!.Value, asOf)))
            .Where(x => query.Outcome is null || x.Classified.Outcome == query.Outcome)
            .OrderBy(x => x.Dispatch.DispatchedAt).ThenBy(x => x.Dispatch.CaseId)
            .ToList();
        var items = matching.Skip(page.Skip).Take(page.PageSize)
            .Select(x => new KpiCaseView(x.Dispatch.CaseId, x.Dispatch.CaseNumber, x.Dispatch.DispatchedAt, x.Classified.Outcome, x.Classified.Reason))
            .ToList();
        return TypedResults.Ok(new Page<KpiCaseView>(page.PageIndex, page.PageSize, matching.Count, items));
    }

    /// <summary>The department the caller may query: officers only their own; the centre any (or all, as "").</summary>
    private static string? Scope(PlatformUser user, string? requested)
    {
        if (user.IsInAnyRole(CaseAccess.Centre))
        {
            return requested ?? "";
        }
        return user.DepartmentCode is { } own && (requested is null || requested == own) ? own : null;
    }

    private static ProblemHttpResult ForeignDepartment() => Failure.Forbidden(
        "departmentCode", "部门工作人员只能查看本部门的考核指标 (department officers see their own department's KPIs only)").ToProblem();

    private static DateTimeOffset AsOf(DateOnly from, DateOnly to, DateTimeOffset? asOf, TimeProvider time)
    {
        var endOfPeriod = ChinaTime.StartOfDay(to.AddDays(1)).ToUniversalTime();
        var now = time.GetUtcNow();
        return (asOf ?? (endOfPeriod < now ? endOfPeriod : now)).ToUniversalTime();
    }
}
