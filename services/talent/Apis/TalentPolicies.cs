using Microsoft.AspNetCore.Authorization;
using Qingmeng.ServiceDefaults.Authentication;
using Qingmeng.Talent.Application;

namespace Qingmeng.Talent.Apis;

/// <summary>
/// The service's named authorization policies: an endpoint names the policy it needs, and who meets it is written
/// once, here (the role sets and rules behind the names are in the service's access classes).
/// </summary>
public static class TalentPolicies
{
    public const string Citizens = "talent:citizens";
    public const string CitizensAndOfficers = "talent:citizens-and-officers";
    public const string CitizensFirmsAndOfficers = "talent:citizens-firms-and-officers";
    public const string Firms = "talent:firms";
    public const string FirmsAndOfficers = "talent:firms-and-officers";
    public const string Officers = "talent:officers";
    public const string WelfareOfficers = "talent:welfare-officers";

    public static AuthorizationBuilder AddTalentPolicies(this AuthorizationBuilder policies) => policies
        .AddPolicy(Citizens, policy => policy.RequireRole(TalentAccess.Citizens))
        .AddPolicy(CitizensAndOfficers, policy => policy.RequireRole(TalentAccess.CitizensAndOfficers))
        .AddPolicy(CitizensFirmsAndOfficers, policy => policy.RequireRole([PlatformRoles.Citizen, .. TalentAccess.FirmsAndOfficers]))
        .AddPolicy(Firms, policy => policy.RequireRole(TalentAccess.Firms))
        .AddPolicy(FirmsAndOfficers, policy => policy.RequireRole(TalentAccess.FirmsAndOfficers))
        .AddPolicy(Officers, policy => policy.RequireRole(TalentAccess.Officers))
        .AddPolicy(WelfareOfficers, RequireWelfareOfficer);

    /// <summary>Welfare staff by role, narrowed to the welfare department's officers (and admins, for oversight).</summary>
    private static void RequireWelfareOfficer(AuthorizationPolicyBuilder policy) => policy
        .RequireRole(TalentAccess.WelfareStaff)
        .RequireAssertion(context => PlatformUser.From(context.User).MayActOnWelfare());
}
