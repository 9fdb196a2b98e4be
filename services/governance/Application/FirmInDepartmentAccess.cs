using Qingmeng.Governance.Model;
using Qingmeng.ServiceDefaults.Authentication;

namespace Qingmeng.Governance.Application;

/// <summary>Who sees which hazards, guidance and credit repairs: records about one firm that one department handles.</summary>
public static class FirmInDepartmentAccess
{
    /// <summary>The centre's dispatchers and administrators see every hazard and guidance.</summary>
    public static readonly string[] CentreRoles = [PlatformRoles.Dispatcher, PlatformRoles.Admin];

    /// <summary>A firm sees its own; an officer their department's; <paramref name="seeingAll"/> see all.</summary>
    public static IQueryable<T> VisibleTo<T>(this IQueryable<T> records, PlatformUser user, params string[] seeingAll)
        where T : class, IFirmInDepartment
    {
        if (user.IsInAnyRole(seeingAll))
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
