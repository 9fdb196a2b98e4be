using Qingmeng.ServiceDefaults.Data;
using Microsoft.EntityFrameworkCore.Design;

namespace Qingmeng.Approval.Infrastructure;

/// <summary>Lets <c>dotnet ef migrations add</c> build the model without starting the service or reaching a server.</summary>
internal sealed class DesignTimeApprovalContextFactory : IDesignTimeDbContextFactory<ApprovalContext>
{
    public ApprovalContext CreateDbContext(string[] args) =>
        new(PlatformNpgsql.DesignTimeOptions<ApprovalContext>("approvaldb"));
}
