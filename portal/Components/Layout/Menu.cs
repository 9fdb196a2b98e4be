using System.Security.Claims;
using Qingmeng.ServiceDefaults.Authentication;

namespace Qingmeng.Portal.Components.Layout;

/// <summary>Each role's pages, in the order that role uses them most.</summary>
public static class Menu
{
    private static readonly (string Role, string Href, string Label)[] Items =
    [
        (PlatformRoles.Citizen, "/cases", "我的诉求"),
        (PlatformRoles.Citizen, "/consult", "问小濛"),
        (PlatformRoles.Citizen, "/talent", "就业服务"),
        (PlatformRoles.Citizen, "/assistance", "帮扶申请"),
        (PlatformRoles.Firm, "/policy/matches", "政策匹配"),
        (PlatformRoles.Firm, "/policy/claims", "申报与兑现"),
        (PlatformRoles.Firm, "/finance", "融资对接"),
        (PlatformRoles.Firm, "/projects", "项目审批"),
        (PlatformRoles.Firm, "/cases", "我的诉求"),
        (PlatformRoles.Firm, "/consult", "问小濛"),
        (PlatformRoles.Dispatcher, "/dispatch", "派单台"),
        (PlatformRoles.DepartmentOfficer, "/officer/inbox", "部门收件箱"),
        (PlatformRoles.PolicyOfficer, "/policy/review", "审核队列"),
        (PlatformRoles.BankOfficer, "/finance", "转介申请"),
        (PlatformRoles.Agent, "/projects", "项目审批"),
        (PlatformRoles.DepartmentOfficer, "/leaders", "工作成效"),
        (PlatformRoles.Admin, "/dispatch", "派单台"),
        (PlatformRoles.Admin, "/leaders", "工作成效"),
        (PlatformRoles.Dispatcher, "/leaders", "工作成效"),
    ];

    public static IEnumerable<(string Href, string Label)> For(ClaimsPrincipal user) =>
        Items.Where(item => user.IsInRole(item.Role)).Select(item => (item.Href, item.Label)).Distinct();
}
