using Microsoft.AspNetCore.Authorization;

namespace Qingmeng.ServiceDefaults.Authentication;

/// <summary>Named authorization policies every service has; each service adds its own beside these.</summary>
public static class PlatformPolicies
{
    /// <summary>Platform administrators: the audit trail, notifications, reference data.</summary>
    public const string Admins = "platform:admins";

    public static AuthorizationBuilder AddPlatformPolicies(this AuthorizationBuilder policies) => policies
        .AddPolicy(Admins, policy => policy.RequireRole(PlatformRoles.Admin));
}
