using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Qingmeng.ServiceDefaults.Authentication;
using Qingmeng.ServiceDefaults.Paging;

namespace Qingmeng.ServiceDefaults.Auditing;

public static class AuditApi
{
    /// <summary>GET <c>{prefix}/audit</c>: the service's audit trail, newest first, for admins only.</summary>
    public static IEndpointRouteBuilder MapAuditApi<TContext>(this IEndpointRouteBuilder app, string prefix) where TContext : DbContext
    {
        app.MapGet($"{prefix}/audit", ListAuditRecords<TContext>)
            .WithName($"ListAuditRecords{typeof(TContext).Name}")
            .WithSummary("The audit trail of state-changing actions")
            .WithTags("Audit")
            .RequireAuthorization(PlatformPolicies.Admins);
        return app;
    }

    public static async Task<Ok<Page<AuditRecordView>>> ListAuditRecords<TContext>(
        [AsParameters] PageRequest page,
        [AsParameters] AuditQuery query,
        TContext db,
        CancellationToken cancellationToken)
        where TContext : DbContext
    {
        var records = db.Set<AuditRecord>().AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query.ResourceType))
        {
            records = records.Where(r => r.ResourceType == query.ResourceType);
        }
        if (!string.IsNullOrWhiteSpace(query.ResourceId))
        {
            records = records.Where(r => r.ResourceId == query.ResourceId);
        }
        if (!string.IsNullOrWhiteSpace(query.Subject))
        {
            records = records.Where(r => r.Subject == query.Subject);
        }

        var count = await records.LongCountAsync(cancellationToken);
        var items = await records.OrderByDescending(r => r.Id).Skip(page.Skip).Take(page.PageSize)
            .Select(r => new AuditRecordView(r.Id, r.OccurredAt, r.Subject, r.Role, r.Action, r.ResourceType, r.ResourceId, r.TraceId))
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(new Page<AuditRecordView>(page.PageIndex, page.PageSize, count, items));
    }
}

public sealed record AuditQuery(string? ResourceType, string? ResourceId, string? Subject);

public sealed record AuditRecordView(
    long Id, DateTimeOffset OccurredAt, string Subject, string Role, string Action, string ResourceType, string ResourceId, string? TraceId);
