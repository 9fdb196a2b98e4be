using Microsoft.AspNetCore.Authorization;
using Qingmeng.Contracts.ReferenceData;
using Qingmeng.ServiceDefaults.Authentication;

namespace Qingmeng.Governance.Apis;

/// <summary>经济运行 monitoring belongs to 经济发展局 (JFJ): its officers record and read the monthly reports, with administrators.</summary>
public static class EconomicAccess
{
    public static void Monitors(AuthorizationPolicyBuilder policy) => policy.RequireAssertion(context =>
    {
        var user = PlatformUser.From(context.User);
        return user.IsInRole(PlatformRoles.Admin)
            || (user.IsInRole(PlatformRoles.DepartmentOfficer) && user.DepartmentCode == DepartmentCatalogue.EconomicDevelopment);
    });
}
