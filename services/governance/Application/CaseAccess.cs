using Qingmeng.Governance.Model;
using Qingmeng.ServiceDefaults.Authentication;
using Qingmeng.Governance.Model.Cases;

namespace Qingmeng.Governance.Application;

/// <summary>Who may see which cases, and whose contact details they see in clear.</summary>
public static class CaseAccess
{
    public static readonly string[] CanFile =
        [PlatformRoles.Firm, PlatformRoles.Citizen, PlatformRoles.Dispatcher, PlatformRoles.HotlineSystem, PlatformRoles.Admin];

    public static readonly string[] CanRead =
        [PlatformRoles.Firm, PlatformRoles.Citizen, PlatformRoles.Dispatcher, PlatformRoles.DepartmentOfficer, PlatformRoles.Admin];

    /// <summary>The centre: dispatches, closes directly (即办), decides extensions.</summary>
    public static readonly string[] Centre = [PlatformRoles.Dispatcher, PlatformRoles.Admin];

    public static readonly string[] CanClose = Centre;

    /// <summary>Departments sign for, return, handle and close the cases dispatched to them.</summary>
    public static readonly string[] Department = [PlatformRoles.DepartmentOfficer];

    /// <summary>The filer rates the answer themselves (评价): citizens and firm users, each only their own filing.</summary>
    public static readonly string[] CanRate = [PlatformRoles.Citizen, PlatformRoles.Firm];

    /// <summary>The follow-up call (回访) is made by the centre or the 12345 hotline.</summary>
    public static readonly string[] CanFollowUp = [PlatformRoles.Dispatcher, PlatformRoles.HotlineSystem, PlatformRoles.Admin];

    /// <summary>
    /// The centre sees every case; a citizen those they filed; a department officer the cases where their department is
    /// the lead or a co-handler. A firm sees the cases it filed itself (any of its users), and a case someone else
    /// (a citizen, the hotline, the centre) filed naming it only once that case is settled — closed or followed up —
    /// and then without the complainant (<see cref="WithholdsComplainantFrom"/>). While such a case is open the firm gets
    /// a 404 exactly like a case that does not exist, so it cannot learn that a complaint is being handled.
    /// </summary>
    public static IQueryable<Case> VisibleTo(this IQueryable<Case> cases, PlatformUser user)
    {
        if (user.IsInAnyRole(PlatformRoles.Dispatcher, PlatformRoles.Admin, PlatformRoles.HotlineSystem))
        {
            return cases;
        }
        if (user.IsInRole(PlatformRoles.Firm) && user.CreditCode is { } creditCode)
        {
            return cases.Where(c => c.FiledBy == user.Subject || c.FiledByCreditCode == creditCode
                || (c.CreditCode == creditCode && (c.Status == CaseStatus.Closed || c.Status == CaseStatus.FollowedUp)));
        }
        if (user.IsInRole(PlatformRoles.Citizen))
        {
            return cases.Where(c => c.FiledBy == user.Subject);
        }
        if (user.IsInRole(PlatformRoles.DepartmentOfficer) && user.DepartmentCode is { } department)
        {
            return cases.Where(c => c.LeadDepartmentCode == department || c.CoHandlers.Any(h => h.DepartmentCode == department));
        }
        return cases.Where(_ => false);
    }

    /// <summary>The firm's own filing (by this user or a colleague of the same firm): shown whole.</summary>
    public static bool IsOwnFirmFiling(this PlatformUser user, Case c) =>
        c.FiledBy == user.Subject || (user.IsInRole(PlatformRoles.Firm) && user.CreditCode is { } own && c.FiledByCreditCode == own);

    /// <summary>
    /// A firm reading a settled complaint someone else filed about it: the complainant's words (which carry who they are),
    /// contact phone, satisfaction and the case's timeline are not the firm's; the matter and the outcome are.
    /// </summary>
    public static bool WithholdsComplainantFrom(this PlatformUser user, Case c) =>
        user.IsInRole(PlatformRoles.Firm)
        && !user.IsInAnyRole(PlatformRoles.Dispatcher, PlatformRoles.Admin, PlatformRoles.HotlineSystem)
        && !user.IsOwnFirmFiling(c);

    /// <summary>The contact phone in clear for its owner, the centre and the lead department's officers; masked for everyone else.</summary>
    public static bool SeesContactInClear(this PlatformUser user, Case c) =>
        c.FiledBy == user.Subject
        || user.IsInAnyRole(PlatformRoles.Dispatcher, PlatformRoles.Admin)
        || (user.IsInRole(PlatformRoles.DepartmentOfficer) && user.DepartmentCode is not null && user.DepartmentCode == c.LeadDepartmentCode);
}
