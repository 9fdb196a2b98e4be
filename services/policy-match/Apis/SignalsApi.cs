using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Qingmeng.PolicyMatch.Infrastructure;
using Qingmeng.PolicyMatch.Model;
using Qingmeng.PolicyMatch.Model.Policies;
using Qingmeng.ServiceDefaults.Authentication;
using Qingmeng.ServiceDefaults.Paging;

namespace Qingmeng.PolicyMatch.Apis;

public static class SignalsApi
{
    public static IEndpointRouteBuilder MapSignalsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/policy/signals").WithTags("Demand signals");
        api.MapGet("/", ListSignals).WithName("ListDemandSignals").WithSummary("What firms needed, newest first")
            .RequireAuthorization(PolicyMatchPolicies.PolicyOfficers);
        api.MapGet("/themes", ListThemes).WithName("ListDemandThemes")
            .WithSummary("Signals grouped by theme (policy category): closed cases and consultant questions on the same matter, most asked first")
            .RequireAuthorization(PolicyMatchPolicies.PolicyOfficers);
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
        if (query.Theme is { } theme)
        {
            signals = signals.Where(s => s.Theme == theme);
        }

        var count = await signals.LongCountAsync(cancellationToken);
        var items = await signals.OrderByDescending(s => s.OccurredAt).ThenByDescending(s => s.Id)
            .Skip(page.Skip).Take(page.PageSize)
            .Select(s => new { s.Id, s.Source, s.Reference, s.Topic, s.Theme, s.Title, s.Detail, s.CreditCode, s.OccurredAt, s.RecordedAt, s.Matches })
            .ToListAsync(cancellationToken);
        var views = items.ConvertAll(s => new DemandSignalView(
            s.Id, s.Source, s.Reference, s.Topic, s.Theme, s.Theme?.ChineseName(), s.Title, s.Detail, s.CreditCode, s.OccurredAt, s.RecordedAt, s.Matches));
        return TypedResults.Ok(new Page<DemandSignalView>(page.PageIndex, page.PageSize, count, views));
    }

    /// <summary>Every theme with signals: how many closed cases and consultant questions, and the latest one.</summary>
    public static async Task<Ok<List<DemandThemeView>>> ListThemes(PolicyMatchContext db, CancellationToken cancellationToken)
    {
        var groups = await db.DemandSignals.AsNoTracking()
            .Where(s => s.Theme != null)
            .GroupBy(s => new { s.Theme, s.Source })
            .Select(g => new { g.Key.Theme, g.Key.Source, Count = g.LongCount(), LatestAt = g.Max(s => s.OccurredAt) })
            .ToListAsync(cancellationToken);
        var themes = groups.GroupBy(g => g.Theme!.Value)
            .Select(t => new DemandThemeView(
                t.Key, t.Key.ChineseName(),
                t.Where(g => g.Source == DemandSignalSource.ClosedCase).Sum(g => g.Count),
                t.Where(g => g.Source == DemandSignalSource.ConsultantQuestion).Sum(g => g.Count),
                t.Max(g => g.LatestAt)))
            .OrderByDescending(t => t.ClosedCases + t.ConsultantQuestions).ThenBy(t => t.Theme)
            .ToList();
        return TypedResults.Ok(themes);
    }
}
