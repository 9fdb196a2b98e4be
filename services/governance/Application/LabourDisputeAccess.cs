using System.Security.Cryptography;
using System.Text;
using Qingmeng.Governance.Model.LabourDisputes;
using Qingmeng.ServiceDefaults.Authentication;

namespace Qingmeng.Governance.Application;

/// <summary>
/// Who sees which labour disputes: workers (citizens) the applications they filed; the respondent firm the claims against
/// it once accepted (when the application is served on it, 第三十条), never another firm's; the arbitration commission,
/// the centre and administrators everything.
/// </summary>
public static class LabourDisputeAccess
{
    public static bool IsArbitrationOfficer(PlatformUser user) =>
        user.IsInRole(PlatformRoles.DepartmentOfficer) && user.DepartmentCode == LabourDispute.ArbitrationDepartmentCode;

    public static IQueryable<LabourDispute> VisibleTo(this IQueryable<LabourDispute> disputes, PlatformUser user)
    {
        if (user.IsInAnyRole(PlatformRoles.Dispatcher, PlatformRoles.Admin) || IsArbitrationOfficer(user))
        {
            return disputes;
        }
        if (user.IsInRole(PlatformRoles.Firm) && user.CreditCode is { } creditCode)
        {
            return disputes.Where(d => d.RespondentCreditCode == creditCode
                && d.Status != LabourDisputeStatus.Filed && d.Status != LabourDisputeStatus.Refused);
        }
        if (user.IsInRole(PlatformRoles.Citizen))
        {
            return disputes.Where(d => d.FiledBy == user.Subject);
        }
        return disputes.Where(_ => false);
    }

    /// <summary>The same worker across applications without keeping the number: a digest of the normalised resident ID.</summary>
    public static string ApplicantKey(string normalisedResidentId) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes("qingmeng-governance:" + normalisedResidentId)));
}
