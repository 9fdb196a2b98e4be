extern alias approval;
extern alias governance;
extern alias identity;
extern alias talent;

using Qingmeng.Contracts.ReferenceData;
using ApprovalAccess = approval::Qingmeng.Approval.Apis.ApprovalAccess;
using ApprovalCatalogueSeed = approval::Qingmeng.Approval.Infrastructure.ReferenceData.CatalogueSeed;
using DemoAccounts = identity::Qingmeng.Identity.Infrastructure.DemoData.DemoAccounts;
using GovernanceCatalogue = governance::Qingmeng.Governance.Infrastructure.ReferenceData.GovernanceCatalogue;
using LabourAccess = governance::Qingmeng.Governance.Apis.LabourAccess;
using LenientEnforcement = governance::Qingmeng.Governance.Model.LenientEnforcement;
using TalentAccess = talent::Qingmeng.Talent.Application.TalentAccess;

namespace Platform.IntegrationTests.ReferenceData;

/// <summary>Every department code in a service's seeds, catalogues and rules is one of the shared catalogue's (contracts/ReferenceData).</summary>
public sealed class DepartmentCodesTests
{
    /// <summary>Where each service names a department, and the code it uses there.</summary>
    public static IEnumerable<(string Where, string Code)> CodesInUse()
    {
        var approvalSeed = ApprovalCatalogueSeed.Document;
        foreach (var department in approvalSeed.Departments)
        {
            yield return ("approval catalogue departments", department.Code);
        }
        foreach (var item in approvalSeed.Items)
        {
            yield return ($"approval catalogue item {item.Code}", item.DepartmentCode);
        }
        foreach (var subItem in approvalSeed.SubItems)
        {
            yield return ($"approval catalogue sub-item {subItem.Code}", subItem.DepartmentCode);
        }
        yield return ("approval land-site officers", ApprovalAccess.LandDepartment);
        foreach (var department in GovernanceCatalogue.Departments)
        {
            yield return ("governance departments", department.Code);
        }
        foreach (var module in GovernanceCatalogue.Modules)
        {
            yield return ($"governance module {module.Code}", module.DefaultDepartmentCode);
        }
        foreach (var rule in LenientEnforcement.Rules)
        {
            yield return ($"governance lenient-enforcement rule {rule.Code}", rule.DepartmentCode);
        }
        yield return ("governance labour arbitration", LabourAccess.ArbitrationDepartmentCode);
        yield return ("talent welfare office", TalentAccess.WelfareDepartment);
        foreach (var account in DemoAccounts.All.Where(a => a.DepartmentCode is not null))
        {
            yield return ($"identity demo account {account.UserName}", account.DepartmentCode!);
        }
    }

    [Fact]
    public void Every_department_code_a_service_uses_is_in_the_catalogue()
    {
        var uses = CodesInUse().ToList();
        var unknown = uses.Where(u => !DepartmentCatalogue.IsKnown(u.Code)).Select(u => $"{u.Where}: {u.Code}").ToList();

        Assert.True(uses.Count > 50, $"only {uses.Count} uses found");
        Assert.True(unknown.Count == 0, $"Department codes unknown to contracts/ReferenceData/DepartmentCatalogue:\n{string.Join("\n", unknown)}");
    }

    [Fact]
    public void Governance_seeds_every_catalogue_department_under_the_catalogue_name()
    {
        Assert.Equal(
            DepartmentCatalogue.All.Select(d => (d.Code, d.Name)).Order(),
            GovernanceCatalogue.Departments.Select(d => (d.Code, d.Name)).Order());
    }

    [Fact]
    public void Every_approval_department_is_one_governance_can_dispatch_a_supervision_case_to()
    {
        var governance = GovernanceCatalogue.Departments.Select(d => d.Code).ToHashSet();
        var approval = ApprovalCatalogueSeed.Document.Departments.Select(d => d.Code).ToList();

        Assert.Equal(5, approval.Count);
        Assert.All(approval, code => Assert.Contains(code, governance));
    }
}
