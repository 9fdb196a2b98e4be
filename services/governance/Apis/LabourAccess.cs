using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Qingmeng.Contracts.ReferenceData;
using Qingmeng.Governance.Application;
using Qingmeng.ServiceDefaults.Authentication;
using Qingmeng.ServiceDefaults.Calendar;
using Qingmeng.ServiceDefaults.Validation;
using Qingmeng.Governance.Model.LabourDisputes;

namespace Qingmeng.Governance.Apis;

/// <summary>
/// The labour-dispute arbitration commission sits in 人社局 (RSJ): its officers file at the window, decide and award.
/// Workers (citizens) see the applications they filed; the respondent firm sees the claims against it once accepted
/// (when the application is served on it, 第三十条), never another firm's; the centre and administrators read everything.
/// </summary>
public static class LabourAccess
{
    public const string ArbitrationDepartmentCode = LabourDispute.ArbitrationDepartmentCode;

    public static bool IsArbitrationOfficer(PlatformUser user) => LabourDisputeAccess.IsArbitrationOfficer(user);

    public static void CanFile(AuthorizationPolicyBuilder policy) => policy.RequireAssertion(context =>
    {
        var user = PlatformUser.From(context.User);
        return user.IsInAnyRole(PlatformRoles.Citizen, PlatformRoles.Dispatcher, PlatformRoles.Admin) || IsArbitrationOfficer(user);
    });

    /// <summary>前置预警: the arbitration commission, the centre and administrators.</summary>
    public static void ReadsWarnings(AuthorizationPolicyBuilder policy) => policy.RequireAssertion(context =>
    {
        var user = PlatformUser.From(context.User);
        return user.IsInAnyRole(PlatformRoles.Dispatcher, PlatformRoles.Admin) || IsArbitrationOfficer(user);
    });

    public static void CanRead(AuthorizationPolicyBuilder policy) => policy.RequireAssertion(context =>
    {
        var user = PlatformUser.From(context.User);
        return user.IsInAnyRole(PlatformRoles.Citizen, PlatformRoles.Firm, PlatformRoles.Dispatcher, PlatformRoles.Admin) || IsArbitrationOfficer(user);
    });

    /// <summary>受理、不予受理、延期申请、裁决: the arbitration officers.</summary>
    public static void Arbitrates(AuthorizationPolicyBuilder policy) => policy.RequireAssertion(context => IsArbitrationOfficer(PlatformUser.From(context.User)));

    /// <summary>The extension decision: the commission's director (another arbitration officer) or an administrator.</summary>
    public static void DecidesExtensions(AuthorizationPolicyBuilder policy) => policy.RequireAssertion(context =>
    {
        var user = PlatformUser.From(context.User);
        return user.IsInRole(PlatformRoles.Admin) || IsArbitrationOfficer(user);
    });

    public static bool SeesContactInClear(PlatformUser user, LabourDispute d) =>
        d.FiledBy == user.Subject || user.IsInAnyRole(PlatformRoles.Dispatcher, PlatformRoles.Admin) || IsArbitrationOfficer(user);
}
