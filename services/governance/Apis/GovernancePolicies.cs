using Microsoft.AspNetCore.Authorization;
using Qingmeng.Governance.Application;
using Qingmeng.ServiceDefaults.Authentication;

namespace Qingmeng.Governance.Apis;

/// <summary>
/// The service's named authorization policies: an endpoint names the policy it needs, and who meets it is written
/// once, here (the role sets and rules behind the names are in the service's access classes).
/// </summary>
public static class GovernancePolicies
{
    public const string ArbitrateLabourDisputes = "governance:arbitrate-labour-disputes";
    public const string Centre = "governance:centre";
    public const string CentreAndDepartments = "governance:centre-and-departments";
    public const string CloseCases = "governance:close-cases";
    public const string DecideLabourExtensions = "governance:decide-labour-extensions";
    public const string DepartmentOfficers = "governance:department-officers";
    public const string DepartmentOfficersAndAdmins = "governance:department-officers-and-admins";
    public const string DepartmentOfficersAndFirms = "governance:department-officers-and-firms";
    public const string Departments = "governance:departments";
    public const string Dispatchers = "governance:dispatchers";
    public const string EconomicMonitors = "governance:economic-monitors";
    public const string FileCases = "governance:file-cases";
    public const string FileLabourDisputes = "governance:file-labour-disputes";
    public const string Firms = "governance:firms";
    public const string FirmsAndDepartmentOfficers = "governance:firms-and-department-officers";
    public const string FirmsAndOfficials = "governance:firms-and-officials";
    public const string FollowUpCases = "governance:follow-up-cases";
    public const string Officials = "governance:officials";
    public const string RateCases = "governance:rate-cases";
    public const string ReadCases = "governance:read-cases";
    public const string ReadLabourDisputes = "governance:read-labour-disputes";
    public const string ReadLabourWarnings = "governance:read-labour-warnings";

    public static AuthorizationBuilder AddGovernancePolicies(this AuthorizationBuilder policies) => policies
        .AddPolicy(ArbitrateLabourDisputes, LabourAccess.Arbitrates)
        .AddPolicy(Centre, policy => policy.RequireRole(CaseAccess.Centre))
        .AddPolicy(CentreAndDepartments, policy => policy.RequireRole([.. CaseAccess.Centre, .. CaseAccess.Department]))
        .AddPolicy(CloseCases, policy => policy.RequireRole(CaseAccess.CanClose))
        .AddPolicy(DecideLabourExtensions, LabourAccess.DecidesExtensions)
        .AddPolicy(DepartmentOfficers, policy => policy.RequireRole(PlatformRoles.DepartmentOfficer))
        .AddPolicy(DepartmentOfficersAndAdmins, policy => policy.RequireRole(PlatformRoles.DepartmentOfficer, PlatformRoles.Admin))
        .AddPolicy(DepartmentOfficersAndFirms, policy => policy.RequireRole(PlatformRoles.DepartmentOfficer, PlatformRoles.Firm))
        .AddPolicy(Departments, policy => policy.RequireRole(CaseAccess.Department))
        .AddPolicy(Dispatchers, policy => policy.RequireRole(PlatformRoles.Dispatcher, PlatformRoles.Admin))
        .AddPolicy(EconomicMonitors, EconomicAccess.Monitors)
        .AddPolicy(FileCases, policy => policy.RequireRole(CaseAccess.CanFile))
        .AddPolicy(FileLabourDisputes, LabourAccess.CanFile)
        .AddPolicy(Firms, policy => policy.RequireRole(PlatformRoles.Firm))
        .AddPolicy(FirmsAndDepartmentOfficers, policy => policy.RequireRole(PlatformRoles.Firm, PlatformRoles.DepartmentOfficer, PlatformRoles.Admin))
        .AddPolicy(FirmsAndOfficials, policy => policy.RequireRole(PlatformRoles.Firm, PlatformRoles.DepartmentOfficer, PlatformRoles.Dispatcher, PlatformRoles.Admin))
        .AddPolicy(FollowUpCases, policy => policy.RequireRole(CaseAccess.CanFollowUp))
        .AddPolicy(Officials, policy => policy.RequireRole(PlatformRoles.DepartmentOfficer, PlatformRoles.Dispatcher, PlatformRoles.Admin))
        .AddPolicy(RateCases, policy => policy.RequireRole(CaseAccess.CanRate))
        .AddPolicy(ReadCases, policy => policy.RequireRole(CaseAccess.CanRead))
        .AddPolicy(ReadLabourDisputes, LabourAccess.CanRead)
        .AddPolicy(ReadLabourWarnings, LabourAccess.ReadsWarnings);
}
