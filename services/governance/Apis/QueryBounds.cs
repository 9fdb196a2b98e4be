using Microsoft.AspNetCore.Http.HttpResults;

namespace Qingmeng.Governance.Apis;

/// <summary>
/// How far back a reader may reach: beyond this a period means nothing a person reads and only scans the database,
/// so it is a 400 naming the field. (How deep one may page is bounded once for every service, in PageRequest.)
/// </summary>
public static class QueryBounds
{
    /// <summary>A KPI or request period of at most three years (leap days included).</summary>
    public const int MaxPeriodDays = (3 * 365) + 1;

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
