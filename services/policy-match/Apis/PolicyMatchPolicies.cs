using Microsoft.AspNetCore.Authorization;
using Qingmeng.ServiceDefaults.Authentication;
using Qingmeng.PolicyMatch.Application;

namespace Qingmeng.PolicyMatch.Apis;

/// <summary>
/// The service's named authorization policies: an endpoint names the policy it needs, and who meets it is written
/// once, here (the role sets and rules behind the names are in the service's access classes).
/// </summary>
public static class PolicyMatchPolicies
{
    public const string Firms = "policy-match:firms";
    public const string FirmsAndOfficers = "policy-match:firms-and-officers";
    public const string Officers = "policy-match:officers";
    public const string PolicyOfficers = "policy-match:policy-officers";
    public const string GuidanceReaders = "policy-match:guidance-readers";

    public static AuthorizationBuilder AddPolicyMatchPolicies(this AuthorizationBuilder policies) => policies
        .AddPolicy(Firms, policy => policy.RequireRole(PolicyAccess.Firms))
        .AddPolicy(FirmsAndOfficers, policy => policy.RequireRole([.. PolicyAccess.Firms, .. PolicyAccess.Officers]))
        .AddPolicy(Officers, policy => policy.RequireRole(PolicyAccess.Officers))
        .AddPolicy(PolicyOfficers, policy => policy.RequireRole(PlatformRoles.PolicyOfficer, PlatformRoles.Admin))
        .AddPolicy(GuidanceReaders, policy => policy.RequireAssertion(context => PlatformUser.From(context.User).MayReadGuidance()));
}
