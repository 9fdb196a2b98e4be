using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Qingmeng.ServiceDefaults.Calendar;
using Qingmeng.ServiceDefaults.Problems;
using Qingmeng.Talent.Infrastructure;
using Qingmeng.Talent.Model;
using Qingmeng.Talent.Operations;


namespace Qingmeng.Talent.Apis;

/// <summary>The incentives that fell due from <c>from</c> to <c>to</c> (China dates, inclusive); a year up to today by default.</summary>
public sealed record RetentionIncentiveQuery(DateOnly? From, DateOnly? To);

/// <summary>
/// 稳工留岗政策兑现率: of the retention incentives that fell due in the range, how many were paid (at any time since),
/// the rate in percent (null when none fell due), the amounts, and how many unpaid ones are past the payment working days.
/// </summary>
public sealed record RetentionIncentiveMetricsView(
    DateOnly From, DateOnly To, int Due, int Paid, int Unpaid, int Overdue, decimal? FulfilmentRatePercent, decimal AmountDue, decimal AmountPaid, int PaymentWorkingDays);

/// <summary>稳工留岗政策兑现: the retention incentives due against those paid.</summary>
public static class RetentionIncentivesApi
{
    /// <summary>The longest range one request may cover, so the report stays one bounded query.</summary>
    public const int MaxRangeDays = 3 * 366;

    public static IEndpointRouteBuilder MapRetentionIncentivesApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/talent/metrics/retention-incentives", GetRetentionIncentives).WithName("GetRetentionIncentives").WithTags("Metrics")
            .WithSummary("稳工留岗政策兑现率: retention incentives that fell due in the range, those paid, the rate and the overdue (officers)")
            .RequireAuthorization(TalentPolicies.Officers);
        return app;
    }

    public static async Task<Results<Ok<RetentionIncentiveMetricsView>, ProblemHttpResult>> GetRetentionIncentives(
        [AsParameters] RetentionIncentiveQuery query, TalentContext db, TimeProvider time, IOptions<TalentOptions> options, CancellationToken cancellationToken)
    {
        var to = query.To ?? ChinaTime.Today(time);
        var from = query.From ?? to.AddDays(-365);
        if (from > to)
        {
            return FieldProblems.BadRequest("to", $"结束日期 {to:yyyy-MM-dd} 早于开始日期 {from:yyyy-MM-dd} (to is before from)", "统计区间无效 (Invalid range.)");
        }
        if (to.DayNumber - from.DayNumber > MaxRangeDays)
        {
            return FieldProblems.BadRequest("from", $"统计区间不能超过 {MaxRangeDays} 天 (the range may cover at most {MaxRangeDays} days)", "统计区间过长 (Range too long.)");
        }
        var due = await db.Referrals.AsNoTracking()
            .Where(r => r.IncentiveDueOn >= from && r.IncentiveDueOn <= to)
            .ToListAsync(cancellationToken);
        var workingDays = options.Value.IncentivePaymentWorkingDays;
        var now = time.GetUtcNow();
        var paid = due.Where(r => r.Status == ReferralStatus.IncentivePaid).ToList();
        var overdue = due.Count(r => r.IsIncentiveOverdue(WorkingDayCalendar.ChinaMainland, workingDays, now));
        return TypedResults.Ok(new RetentionIncentiveMetricsView(
            from, to, due.Count, paid.Count, due.Count - paid.Count, overdue,
            due.Count == 0 ? null : Math.Round(100m * paid.Count / due.Count, 1, MidpointRounding.AwayFromZero),
            due.Sum(r => r.IncentiveAmount ?? 0m), paid.Sum(r => r.IncentiveAmount ?? 0m), workingDays));
    }
}
