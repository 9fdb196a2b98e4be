using Microsoft.AspNetCore.Http.HttpResults;
using Qingmeng.ServiceDefaults.Paging;

namespace Qingmeng.Governance.Apis;

/// <summary>
/// How far a reader may page or reach back: beyond these a query means nothing a person reads and only scans the
/// database (or overflows the offset), so it is a 400 naming the field.
/// </summary>
public static class QueryBounds
{
    /// <summary>At the largest page size this is 2,000,000 rows in; filters narrow anything further.</summary>
    public const int MaxPageIndex = 10_000;

    /// <summary>A KPI or request period of at most three years (leap days included).</summary>
    public const int MaxPeriodDays = (3 * 365) + 1;

    public static ValidationProblem? Check(PageRequest page) => page.PageIndex > MaxPageIndex
        ? Problem("pageIndex", $"页码不能超过 {MaxPageIndex} (pageIndex must be at most {MaxPageIndex}; narrow the query with its filters instead).")
        : null;

    /// <summary>A period in dates, both ends included: <paramref name="to"/> not before <paramref name="from"/>, at most three years.</summary>
    public static ValidationProblem? CheckPeriod(DateOnly from, DateOnly to, string toField = "to")
    {
        if (to < from)
        {
            return Problem(toField, "结束日期早于开始日期 (the period ends before it starts).");
        }
        return to.DayNumber - from.DayNumber + 1 > MaxPeriodDays
            ? Problem(toField, $"统计期间最长 3 年 (a period spans at most {MaxPeriodDays} days).")
            : null;
    }

    private static ValidationProblem Problem(string field, string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] }, title: "查询范围无效 (query out of bounds).");
}
