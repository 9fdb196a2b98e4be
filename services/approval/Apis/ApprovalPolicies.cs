using Microsoft.AspNetCore.Authorization;
using Qingmeng.ServiceDefaults.Authentication;

namespace Qingmeng.Approval.Apis;

/// <summary>
/// The service's named authorization policies: an endpoint names the policy it needs, and who meets it is written
/// once, here (the role sets and rules behind the names are in the service's access classes).
/// </summary>
public static class ApprovalPolicies
{
    public const string Agents = "approval:agents";
    public const string Decide = "approval:decide";
    public const string Firms = "approval:firms";
    public const string HandOver = "approval:hand-over";
    public const string Investment = "approval:investment";
    public const string MaintainCatalogue = "approval:maintain-catalogue";
    public const string ManageLand = "approval:manage-land";
    public const string ReadCatalogue = "approval:read-catalogue";
    public const string ReadLand = "approval:read-land";
    public const string ReadMetrics = "approval:read-metrics";
    public const string ReadPortfolio = "approval:read-portfolio";
    public const string ReadProjects = "approval:read-projects";
    public const string ReadTasks = "approval:read-tasks";
    public const string Register = "approval:register";
    public const string Submit = "approval:submit";

    public static AuthorizationBuilder AddApprovalPolicies(this AuthorizationBuilder policies) => policies
        .AddPolicy(Agents, policy => policy.RequireRole(PlatformRoles.Agent))
        .AddPolicy(Decide, policy => policy.RequireRole(ApprovalAccess.CanDecide))
        .AddPolicy(Firms, policy => policy.RequireRole(PlatformRoles.Firm))
        .AddPolicy(HandOver, policy => policy.RequireRole(ApprovalAccess.CanHandOver))
        .AddPolicy(Investment, policy => policy.RequireRole(ApprovalAccess.CanHandleInvestment))
        .AddPolicy(MaintainCatalogue, policy => policy.RequireRole(ApprovalAccess.CanMaintainCatalogue))
        .AddPolicy(ManageLand, policy => policy.RequireRole(ApprovalAccess.CanManageLand))
        .AddPolicy(ReadCatalogue, policy => policy.RequireRole(ApprovalAccess.CanReadCatalogue))
        .AddPolicy(ReadLand, policy => policy.RequireRole(ApprovalAccess.CanReadLand))
        .AddPolicy(ReadMetrics, policy => policy.RequireRole(ApprovalAccess.CanReadMetrics))
        .AddPolicy(ReadPortfolio, policy => policy.RequireRole(ApprovalAccess.CanReadPortfolio))
        .AddPolicy(ReadProjects, policy => policy.RequireRole(ApprovalAccess.CanReadProjects))
        .AddPolicy(ReadTasks, policy => policy.RequireRole(ApprovalAccess.CanReadTasks))
        .AddPolicy(Register, policy => policy.RequireRole(ApprovalAccess.CanRegister))
        .AddPolicy(Submit, policy => policy.RequireRole(ApprovalAccess.CanSubmit));
}
