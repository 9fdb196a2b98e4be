using Qingmeng.ServiceDefaults.Authentication;

namespace Qingmeng.PolicyMatch.Application;

/// <summary>Who may do what in policy-match. A firm only ever sees its own profile, matches, claims and payments.</summary>
public static class PolicyAccess
{
    /// <summary>Policy officers (政策专员) run the catalogue, review applications and see every firm.</summary>
    public static readonly string[] Officers = [PlatformRoles.PolicyOfficer, PlatformRoles.Admin];

    public static readonly string[] Firms = [PlatformRoles.Firm];

    public static bool IsOfficer(this PlatformUser user) => user.IsInAnyRole(Officers);

    /// <summary>申报辅导 records: officers see every firm's, a firm's administrator (企业管理员) its own firm's.</summary>
    public static bool MayReadGuidance(this PlatformUser user) => user.IsOfficer() || (user.OwnFirm() is not null && user.IsFirmAdmin);

    /// <summary>The firm's own credit code, or null for a caller that is not acting for a firm.</summary>
    public static string? OwnFirm(this PlatformUser user) =>
        user.IsInRole(PlatformRoles.Firm) && !string.IsNullOrEmpty(user.CreditCode) ? user.CreditCode : null;
}
