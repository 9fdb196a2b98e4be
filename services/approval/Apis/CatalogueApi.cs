using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Qingmeng.Approval.Infrastructure;
using Qingmeng.Approval.Model;
using Qingmeng.ServiceDefaults.Auditing;
using Qingmeng.ServiceDefaults.Authentication;
using Qingmeng.ServiceDefaults.Paging;

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
        string code, ChangeSubItemRequest request, ClaimsPrincipal principal, ApprovalContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var user = PlatformUser.From(principal);
        var current = await db.CatalogueVersions.AsNoTracking().OrderByDescending(v => v.Version).FirstAsync(cancellationToken);
        if (current.Document.Find(code) is not { } sub)
        {
            return TypedResults.NotFound();
        }
        if (!user.IsInRole(PlatformRoles.Admin) && user.DepartmentCode != sub.DepartmentCode)
        {
            return TypedResults.Problem(title: $"只有 {sub.DepartmentCode} 的工作人员（或管理员）可以维护子项 {code} (only officers of {sub.DepartmentCode} or an admin maintain sub-item {code})", statusCode: StatusCodes.Status403Forbidden);
        }
        var changed = sub with
        {
            Name = request.Name?.Trim() ?? sub.Name,
            LimitWorkingDays = request.LimitWorkingDays ?? sub.LimitWorkingDays,
            Materials = request.Materials is { } materials ? [.. materials.Select(m => m.Trim())] : sub.Materials,
            Prerequisites = request.Prerequisites is { } prerequisites ? [.. prerequisites.Select(p => p.Trim())] : sub.Prerequisites,
            GatesGroundbreaking = request.GatesGroundbreaking ?? sub.GatesGroundbreaking,
        };
        var document = current.Document.WithSubItem(changed);
        if (document.Validate() is { Count: > 0 } errors)
        {
            return ApprovalProblems.Errors(StatusCodes.Status422UnprocessableEntity, "此修改会破坏事项目录 (the change would break the catalogue)", errors);
        }

        var now = time.GetUtcNow();
        var next = CatalogueVersion.Create(current.Version + 1, document, user.Subject, $"{code}: {request.Note.Trim()}", now);
        db.CatalogueVersions.Add(next);
        db.AddAudit(user, "catalogue.published", "approval-catalogue", next.Version.ToString(System.Globalization.CultureInfo.InvariantCulture), now);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            return TypedResults.Problem(title: "同时已有其他目录版本发布，请刷新后重试 (another catalogue version was published at the same time; reload and retry)", statusCode: StatusCodes.Status409Conflict);
        }
        return TypedResults.Ok(new CatalogueView(next.Version, next.PublishedAt, next.PublishedBy, next.Note, next.Document));
    }
}
