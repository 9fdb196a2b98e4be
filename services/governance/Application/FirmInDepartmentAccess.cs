using Qingmeng.Governance.Model;
using Qingmeng.ServiceDefaults.Authentication;

namespace Qingmeng.Governance.Application;

/// <summary>Who sees which hazards and guidance: records about one firm that one department handles.</summary>
public static class FirmInDepartmentAccess
{
    /// <summary>A firm sees its own; an officer their department's; the centre and administrators all.</summary>
    public static IQueryable<T> VisibleTo<T>(this IQueryable<T> records, PlatformUser user) where T : class, IFirmInDepartment
    {
        if (user.IsInAnyRole(PlatformRoles.Dispatcher, PlatformRoles.Admin))
        {
            return records;
        }
        if (user.IsInRole(PlatformRoles.DepartmentOfficer) && user.DepartmentCode is { } department)
        {
            return records.Where(r => r.DepartmentCode == department);
        }
        if (user.IsInRole(PlatformRoles.Firm) && user.CreditCode is { } creditCode)
        {
            return records.Where(r => r.CreditCode == creditCode);
        }
        return records.Where(_ => false);
    }
}
