using Microsoft.EntityFrameworkCore.Design;
using Qingmeng.ServiceDefaults.Data;

namespace Qingmeng.Finance.Infrastructure;

/// <summary>Lets <c>dotnet ef migrations add</c> build the model without starting the service or reaching a server.</summary>
internal sealed class DesignTimeFinanceContextFactory : IDesignTimeDbContextFactory<FinanceContext>
{
    public FinanceContext CreateDbContext(string[] args) =>
        new(PlatformNpgsql.DesignTimeOptions<FinanceContext>("financedb"));
}
