using Qingmeng.ServiceDefaults.Data;
using Microsoft.EntityFrameworkCore.Design;

namespace Qingmeng.PolicyMatch.Infrastructure;

/// <summary>Lets <c>dotnet ef migrations add</c> build the model without starting the service or reaching a server.</summary>
internal sealed class DesignTimePolicyMatchContextFactory : IDesignTimeDbContextFactory<PolicyMatchContext>
{
    public PolicyMatchContext CreateDbContext(string[] args) =>
        new(PlatformNpgsql.DesignTimeOptions<PolicyMatchContext>("policydb"));
}
