using Qingmeng.ServiceDefaults.Data;
using Microsoft.EntityFrameworkCore.Design;

namespace Qingmeng.Governance.Infrastructure;

/// <summary>Lets <c>dotnet ef migrations add</c> build the model without starting the service or reaching a server.</summary>
internal sealed class DesignTimeGovernanceContextFactory : IDesignTimeDbContextFactory<GovernanceContext>
{
    public GovernanceContext CreateDbContext(string[] args) =>
        new(PlatformNpgsql.DesignTimeOptions<GovernanceContext>("governancedb"));
}
