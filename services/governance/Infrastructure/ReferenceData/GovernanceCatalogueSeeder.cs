using Microsoft.EntityFrameworkCore;
using Qingmeng.Governance.Model;

namespace Qingmeng.Governance.Infrastructure.ReferenceData;

/// <summary>The catalogue (17 modules, their service codes, the departments), seeded at every start and kept in step with <see cref="GovernanceCatalogue"/>.</summary>
public static class GovernanceCatalogueSeeder
{
    public static async Task SeedAsync(GovernanceContext context, CancellationToken cancellationToken)
    {
        var departments = await context.Departments.ToDictionaryAsync(d => d.Code, cancellationToken);
        foreach (var department in GovernanceCatalogue.Departments)
        {
            if (departments.TryGetValue(department.Code, out var existing))
            {
                existing.Name = department.Name;
            }
            else
            {
                context.Departments.Add(new Department { Code = department.Code, Name = department.Name });
            }
        }

        var modules = await context.Modules.ToDictionaryAsync(m => m.Code, cancellationToken);
        foreach (var module in GovernanceCatalogue.Modules)
        {
            if (!modules.TryGetValue(module.Code, out var existing))
            {
                existing = new GovernanceModule { Code = module.Code };
                context.Modules.Add(existing);
            }
            existing.Name = module.Name;
            existing.DefaultDepartmentCode = module.DefaultDepartmentCode;
            existing.SignForWorkingDays = module.SignForWorkingDays;
            existing.CompletionWorkingDays = module.CompletionWorkingDays;
            existing.EscalateAfterWorkingDays = module.EscalateAfterWorkingDays;
            existing.SortOrder = module.SortOrder;
        }

        var services = await context.ServiceTypes.ToDictionaryAsync(s => s.Code, cancellationToken);
        foreach (var service in GovernanceCatalogue.ServiceTypes)
        {
            if (!services.TryGetValue(service.Code, out var existing))
            {
                existing = new ServiceType { Code = service.Code };
                context.ServiceTypes.Add(existing);
            }
            existing.ModuleCode = service.ModuleCode;
            existing.Name = service.Name;
            existing.Description = service.Description;
        }
        await context.SaveChangesAsync(cancellationToken);
    }
}
