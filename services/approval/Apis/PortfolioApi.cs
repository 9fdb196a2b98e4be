using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Qingmeng.Approval.Infrastructure;
using Qingmeng.Approval.Model;
using Qingmeng.ServiceDefaults.Figures;

namespace Qingmeng.Approval.Apis;

public static class PortfolioApi
{
    public static IEndpointRouteBuilder MapPortfolioApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/approval").WithTags("Portfolio");

        api.MapGet("/portfolio", GetPortfolio).WithName("GetPortfolio")
            .WithSummary("The zone's portfolio: projects, key projects, ready for construction, counts by stage and task status")
            .RequireAuthorization(ApprovalPolicies.ReadPortfolio);
        api.MapGet("/metrics", GetMetrics).WithName("GetApprovalMetrics")
            .WithSummary("Tasks accepted, approved and overdue; median working days per sub-item; projects reaching groundbreaking")
            .RequireAuthorization(ApprovalPolicies.ReadMetrics);
        return app;
    }

    /// <summary>A project's stage is the earliest stage with an undecided task; ready projects count as 施工 (ready).</summary>
    public static async Task<Ok<PortfolioView>> GetPortfolio(ApprovalContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var projects = await db.Projects.AsNoTracking().Select(p => new { p.Id, p.IsKeyProject, p.Status }).ToListAsync(cancellationToken);
        var open = await db.Tasks.AsNoTracking()
            .Where(t => t.Status != ApprovalTaskStatus.Approved && t.Status != ApprovalTaskStatus.Rejected)
            .Select(t => new { t.ProjectId, t.Stage })
            .ToListAsync(cancellationToken);
        // Stages are stored by name, so the earliest one is found here rather than by the database's text ordering.
        var earliest = open.GroupBy(t => t.ProjectId).ToDictionary(g => g.Key, g => g.Min(t => t.Stage));
        var byStage = projects
            .GroupBy(p => p.Status == ProjectStatus.ReadyForConstruction ? nameof(ProjectStatus.ReadyForConstruction)
                : earliest.TryGetValue(p.Id, out var stage) ? stage.ToString() : "NoOpenTasks")
            .ToDictionary(g => g.Key, g => g.Count());
        var byStatus = await db.Tasks.AsNoTracking().GroupBy(t => t.Status).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key.ToString(), g => g.Count, cancellationToken);
        var overdue = await db.Tasks.CountAsync(t => (t.Status == ApprovalTaskStatus.Accepted || t.Status == ApprovalTaskStatus.UnderReview) && t.DueAt <= now, cancellationToken);
        return TypedResults.Ok(new PortfolioView(
            projects.Count, projects.Count(p => p.IsKeyProject), projects.Count(p => p.Status == ProjectStatus.ReadyForConstruction),
            byStage, byStatus, overdue));
    }

    public static async Task<Ok<ApprovalMetricsView>> GetMetrics(ApprovalContext db, CancellationToken cancellationToken)
    {
        var rows = await db.Tasks.AsNoTracking()
            .Where(t => t.AcceptedAt != null)
            .Select(t => new { t.SubItemCode, t.SubItemName, t.DepartmentCode, t.Status, t.WorkingDaysUsed, Overdue = t.OverdueNotifiedAt != null })
            .ToListAsync(cancellationToken);
        var ready = await db.Projects.CountAsync(p => p.Status == ProjectStatus.ReadyForConstruction, cancellationToken);
        var perSubItem = rows.GroupBy(r => r.SubItemCode).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g =>
        {
            var days = g.Where(r => r.WorkingDaysUsed is not null).Select(r => r.WorkingDaysUsed!.Value).ToList();
            return new SubItemMetrics(g.Key, g.First().SubItemName, g.First().DepartmentCode, g.Count(),
                g.Count(r => r.Status == ApprovalTaskStatus.Approved), g.Count(r => r.Status == ApprovalTaskStatus.Rejected),
                g.Count(r => r.Overdue), Medians.Of(days));
        }).ToList();
        return TypedResults.Ok(new ApprovalMetricsView(
            rows.Count, rows.Count(r => r.Status == ApprovalTaskStatus.Approved), rows.Count(r => r.Overdue), ready, perSubItem));
    }
}
