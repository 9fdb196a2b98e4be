using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Qingmeng.PolicyMatch.Infrastructure;

/// <summary>Lets <c>dotnet ef migrations add</c> build the model without starting the service or reaching a server.</summary>
internal sealed class DesignTimePolicyMatchContextFactory : IDesignTimeDbContextFactory<PolicyMatchContext>
{
    public PolicyMatchContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PolicyMatchContext>().UseNpgsql("Host=localhost;Database=policydb").Options);
}
