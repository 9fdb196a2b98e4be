using Qingmeng.Governance.Model;
using Qingmeng.ServiceDefaults.Authentication;

namespace Qingmeng.Governance.Apis;

/// <summary>Who may see which cases, and whose contact details they see in clear.</summary>
public static class CaseAccess
{
    public static readonly string[] CanFile =
        [PlatformRoles.Firm, PlatformRoles.Citizen, PlatformRoles.Dispatcher, PlatformRoles.HotlineSystem, PlatformRoles.Admin];

    public static readonly string[] CanRead =
        [PlatformRoles.Firm, PlatformRoles.Citizen, PlatformRoles.Dispatcher, PlatformRoles.DepartmentOfficer, PlatformRoles.Admin];

    public static readonly string[] CanClose = [PlatformRoles.Dispatcher, PlatformRoles.Admin];

    /// <summary>
    /// The centre sees every case; a firm its own firm's cases and those it filed; a citizen those they filed.
    /// Department officers see the cases dispatched to their department, and none are dispatched before the
    /// dispatch workflow exists, so they see none rather than all.
    /// </summary>
    public static IQueryable<Case> VisibleTo(this IQueryable<Case> cases, PlatformUser user)
    {
        if (user.IsInAnyRole(PlatformRoles.Dispatcher, PlatformRoles.Admin))
        {
            return cases;
        }
        if (user.IsInRole(PlatformRoles.Firm) && user.CreditCode is { } creditCode)
        {
            return cases.Where(c => c.CreditCode == creditCode || c.FiledBy == user.Subject);
        }
        if (user.IsInRole(PlatformRoles.Citizen))
        {
            return cases.Where(c => c.FiledBy == user.Subject);
        }
        return cases.Where(_ => false);
    }

    /// <summary>The contact phone in clear for its owner and the handling officers; masked for everyone else.</summary>
    public static bool SeesContactInClear(this PlatformUser user, Case c) =>
        c.FiledBy == user.Subject || user.IsInAnyRole(PlatformRoles.Dispatcher, PlatformRoles.Admin);
}
