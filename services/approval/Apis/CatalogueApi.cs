using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Qingmeng.Approval.Application;
using Qingmeng.Approval.Infrastructure;
using Qingmeng.Approval.Model;
using Qingmeng.ServiceDefaults.Authentication;
using Qingmeng.ServiceDefaults.Outcomes;
using Qingmeng.ServiceDefaults.Paging;
using Qingmeng.ServiceDefaults.Problems;

namespace Qingmeng.Approval.Apis;

public static class CatalogueApi
{
    public static IEndpointRouteBuilder MapCatalogueApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/approval/catalogue").WithTags("Catalogue");

        api.MapGet("/", GetCurrent).WithName("GetCatalogue").WithSummary("The current catalogue: departments, items, sub-items")
            .RequireAuthorization(ApprovalPolicies.ReadCatalogue);
        api.MapGet("/versions", ListVersions).WithName("ListCatalogueVersions").WithSummary("Every published catalogue version, newest first")
            .RequireAuthorization(ApprovalPolicies.ReadCatalogue);
        api.MapGet("/versions/{version:int}", GetVersion).WithName("GetCatalogueVersion").WithSummary("One catalogue version")
            .RequireAuthorization(ApprovalPolicies.ReadCatalogue);
        api.MapPut("/sub-items/{code}", ChangeSubItem).WithName("ChangeSubItem")
            .WithSummary("Change a sub-item (an officer of its department, or an admin): publishes a new version; running projects keep theirs")
            .RequireAuthorization(ApprovalPolicies.MaintainCatalogue);
        return app;
    }

    public static async Task<Ok<CatalogueView>> GetCurrent(ApprovalContext db, CancellationToken cancellationToken)
    {
        var current = await db.CatalogueVersions.AsNoTracking().OrderByDescending(v => v.Version).FirstAsync(cancellationToken);
        return TypedResults.Ok(new CatalogueView(current.Version, current.PublishedAt, current.PublishedBy, current.Note, current.Document));
    }

    public static async Task<Ok<Page<CatalogueVersionSummary>>> ListVersions([AsParameters] PageRequest page, ApprovalContext db, CancellationToken cancellationToken)
    {
        var count = await db.CatalogueVersions.LongCountAsync(cancellationToken);
        var items = await db.CatalogueVersions.AsNoTracking().OrderByDescending(v => v.Version)
            .Select(v => new CatalogueVersionSummary(v.Version, v.PublishedAt, v.PublishedBy, v.Note))
            .Skip(page.Skip).Take(page.PageSize).ToListAsync(cancellationToken);
        return TypedResults.Ok(new Page<CatalogueVersionSummary>(page.PageIndex, page.PageSize, count, items));
    }

    public static async Task<Results<Ok<CatalogueView>, NotFound>> GetVersion(int version, ApprovalContext db, CancellationToken cancellationToken)
    {
        var found = await db.CatalogueVersions.AsNoTracking().FirstOrDefaultAsync(v => v.Version == version, cancellationToken);
        return found is null ? TypedResults.NotFound() : TypedResults.Ok(new CatalogueView(found.Version, found.PublishedAt, found.PublishedBy, found.Note, found.Document));
    }

    public static async Task<Results<Ok<CatalogueView>, NotFound, ProblemHttpResult>> ChangeSubItem(
        string code, ChangeSubItemRequest request, ClaimsPrincipal principal, CatalogueMaintenance catalogue, CancellationToken cancellationToken)
    {
        var change = new SubItemChange(
            request.Name?.Trim(), request.LimitWorkingDays,
            request.Materials is { } materials ? [.. materials.Select(m => m.Trim())] : null,
            request.Prerequisites is { } prerequisites ? [.. prerequisites.Select(p => p.Trim())] : null,
            request.GatesGroundbreaking, request.Note.Trim());
        var published = await catalogue.ChangeSubItemAsync(code, change, PlatformUser.From(principal), cancellationToken);
        return published.Succeeded
            ? TypedResults.Ok(new CatalogueView(published.Value.Version, published.Value.PublishedAt, published.Value.PublishedBy, published.Value.Note, published.Value.Document))
            : published.Failure.Kind == FailureKind.NotFound ? TypedResults.NotFound()
            : published.Failure.ToProblem();
    }
}
