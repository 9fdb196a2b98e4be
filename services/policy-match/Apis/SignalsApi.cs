using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Qingmeng.PolicyMatch.Infrastructure;
using Qingmeng.PolicyMatch.Model;
using Qingmeng.ServiceDefaults.Authentication;
using Qingmeng.ServiceDefaults.Paging;

namespace Qingmeng.PolicyMatch.Apis;

public static class SignalsApi
{
    public static IEndpointRouteBuilder MapSignalsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/policy/signals").WithTags("Demand signals");
        api.MapGet("/", ListSignals).WithName("ListDemandSignals").WithSummary("What firms needed, newest first")
            .RequireAuthorization(policy => policy.RequireRole(PlatformRoles.PolicyOfficer, PlatformRoles.Admin));
        return app;
    }

    public static async Task<Ok<Page<DemandSignalView>>> ListSignals(
        [AsParameters] PageRequest page,
        [AsParameters] SignalQuery query,
        PolicyMatchContext db,
        CancellationToken cancellationToken)
    {
        var signals = db.DemandSignals.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query.Topic))
        {
            signals = signals.Where(s => s.Topic == query.Topic);
        }
        if (!string.IsNullOrWhiteSpace(query.Reference))
        {
            signals = signals.Where(s => s.Reference == query.Reference);
        }

        var count = await signals.LongCountAsync(cancellationToken);
        var items = await signals.OrderByDescending(s => s.OccurredAt).ThenByDescending(s => s.Id)
            .Skip(page.Skip).Take(page.PageSize)
            .Select(s => new DemandSignalView(s.Id, s.Source, s.Reference, s.Topic, s.Title, s.Detail, s.CreditCode, s.OccurredAt, s.RecordedAt, s.Matches))
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(new Page<DemandSignalView>(page.PageIndex, page.PageSize, count, items));
    }
}

public sealed record SignalQuery(string? Topic, string? Reference);

public sealed record DemandSignalView(
    Guid Id,
    DemandSignalSource Source,
    string Reference,
    string Topic,
    string Title,
    string? Detail,
    string? CreditCode,
    DateTimeOffset OccurredAt,
    DateTimeOffset RecordedAt,
    IReadOnlyList<DemandSignalMatch> Matches);
