using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Qingmeng.Governance.Infrastructure;

namespace Qingmeng.Governance.Apis;

/// <summary>The 17 modules (categories) with their service codes, limits and default departments; the departments.</summary>
public static class CatalogueApi
{
    public static IEndpointRouteBuilder MapCatalogueApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/governance").WithTags("Catalogue");
        api.MapGet("/modules", ListModules).WithName("ListModules")
            .WithSummary("The function modules with their service codes, default department and working-day limits")
            .RequireAuthorization();
        api.MapGet("/departments", ListDepartments).WithName("ListDepartments").WithSummary("The departments cases can be dispatched to")
            .RequireAuthorization();
        return app;
    }

    public static async Task<Ok<List<ModuleView>>> ListModules(GovernanceContext db, CancellationToken cancellationToken)
    {
        var modules = await db.Modules.AsNoTracking().OrderBy(m => m.SortOrder).ToListAsync(cancellationToken);
        var services = (await db.ServiceTypes.AsNoTracking().OrderBy(s => s.Code).ToListAsync(cancellationToken)).ToLookup(s => s.ModuleCode);
        return TypedResults.Ok(modules.ConvertAll(m => new ModuleView(
            m.Code, m.Name, m.DefaultDepartmentCode, m.SignForWorkingDays, m.CompletionWorkingDays, m.EscalateAfterWorkingDays,
            [.. services[m.Code].Select(s => new ServiceTypeView(s.Code, s.Name, s.Description))])));
    }

    public static async Task<Ok<List<DepartmentView>>> ListDepartments(GovernanceContext db, CancellationToken cancellationToken) =>
        TypedResults.Ok(await db.Departments.AsNoTracking().OrderBy(d => d.Code).Select(d => new DepartmentView(d.Code, d.Name)).ToListAsync(cancellationToken));
}
