using Microsoft.AspNetCore.Http.HttpResults;
using Qingmeng.Finance.Application;
using Qingmeng.Finance.Infrastructure;
using Qingmeng.ServiceDefaults.Calendar;
using Qingmeng.ServiceDefaults.Problems;

namespace Qingmeng.Finance.Apis;

/// <summary>
/// 知识产权质押融资“白名单”实现银企对接效率提升: the time from a firm's financing need (融资需求) to the first loan disbursed
/// on it, for firms on the white list when they recorded the need against the rest. Renewals (续贷) replace a loan and
/// never count as a first loan.
/// </summary>
public static class MatchmakingEfficiencyApi
{
    /// <summary>The longest range one request may cover, so the report stays one bounded query.</summary>
    public const int MaxRangeDays = 3 * 366;

    public static IEndpointRouteBuilder MapMatchmakingEfficiencyApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/finance/metrics/matchmaking-efficiency", GetEfficiency).WithName("GetMatchmakingEfficiency").WithTags("Metrics")
            .WithSummary("银企对接效率: days from financing need to first loan, white-listed firms against the rest")
            .RequireAuthorization(FinancePolicies.ZoneOfficers);
        return app;
    }

    public static async Task<Results<Ok<MatchmakingEfficiencyView>, ProblemHttpResult>> GetEfficiency(
        [AsParameters] MatchmakingEfficiencyQuery query, FinanceContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var to = query.To ?? ChinaTime.ToChinaDate(time.GetUtcNow());
        var from = query.From ?? to.AddDays(-365);
        if (from > to)
        {
            return FieldProblems.BadRequest("to", $"结束日期 {to:yyyy-MM-dd} 早于开始日期 {from:yyyy-MM-dd} (to is before from)");
        }
        if (to.DayNumber - from.DayNumber > MaxRangeDays)
        {
            return FieldProblems.BadRequest("from", $"统计区间不能超过 {MaxRangeDays} 天 (the range may cover at most {MaxRangeDays} days)");
        }
        return TypedResults.Ok(await MatchmakingEfficiency.ComputeAsync(db, from, to, cancellationToken));
    }
}
