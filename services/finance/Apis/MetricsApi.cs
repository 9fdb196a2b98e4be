using Microsoft.AspNetCore.Http.HttpResults;
using Qingmeng.Finance.Infrastructure;
using Qingmeng.Finance.Application;

namespace Qingmeng.Finance.Apis;

/// <summary>
/// The zone's view of every referral's outcome: referrals, approval rate, median bank response, new loans and amounts
/// disbursed, renewals (续贷) apart, and what is still outstanding.
/// </summary>
public static class MetricsApi
{
    public static IEndpointRouteBuilder MapMetricsApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/finance/metrics", GetMetrics).WithName("GetFinanceMetrics").WithTags("Metrics")
            .WithSummary("Referrals, approval rate, median bank response (working days), amounts disbursed and renewals, per bank")
            .RequireAuthorization(FinancePolicies.ZoneOfficers);
        return app;
    }

    public static async Task<Ok<FinanceMetricsView>> GetMetrics(FinanceContext db, CancellationToken cancellationToken) =>
        TypedResults.Ok(await FinanceFigures.ComputeAsync(db, cancellationToken));
}
