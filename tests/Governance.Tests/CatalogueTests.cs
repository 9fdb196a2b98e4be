using Qingmeng.Governance.Model;
using Qingmeng.Governance.Infrastructure.ReferenceData;

namespace Governance.Tests;

public sealed class CatalogueTests
{
    [Fact]
    public void There_are_17_modules_including_the_six_named_in_the_case_study()
    {
        Assert.Equal(17, GovernanceCatalogue.Modules.Length);
        Assert.Equal(17, GovernanceCatalogue.Modules.Select(m => m.Code).Distinct().Count());
        foreach (var name in new[] { "经济运行", "综合治理", "安全生产", "应急管理", "智慧环保", "云税e检" })
        {
            Assert.Contains(GovernanceCatalogue.Modules, m => m.Name == name);
        }
    }

    [Fact]
    public void Every_module_has_service_codes_a_known_default_department_and_positive_limits()
    {
        var departments = GovernanceCatalogue.Departments.Select(d => d.Code).ToHashSet();
        foreach (var module in GovernanceCatalogue.Modules)
        {
            Assert.Contains(module.DefaultDepartmentCode, departments);
            Assert.Contains(GovernanceCatalogue.ServiceTypes, s => s.ModuleCode == module.Code);
            Assert.True(module.SignForWorkingDays >= 1 && module.CompletionWorkingDays > module.SignForWorkingDays && module.EscalateAfterWorkingDays >= 1, module.Code);
        }
        Assert.All(GovernanceCatalogue.ServiceTypes, s => Assert.StartsWith(s.ModuleCode + "-", s.Code, StringComparison.Ordinal));
        Assert.Equal(GovernanceCatalogue.ServiceTypes.Length, GovernanceCatalogue.ServiceTypes.Select(s => s.Code).Distinct().Count());
    }

    [Fact]
    public void The_demo_departments_of_the_identity_service_exist()
    {
        Assert.Contains(GovernanceCatalogue.Departments, d => d.Code == "ZJJ");
        Assert.Contains(GovernanceCatalogue.Departments, d => d.Code == "ZRJ");
    }
}
