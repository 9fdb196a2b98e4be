using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Qingmeng.Finance.Infrastructure;

/// <summary>Lets <c>dotnet ef migrations add</c> build the model without starting the service or reaching a server.</summary>
internal sealed class DesignTimeFinanceContextFactory : IDesignTimeDbContextFactory<FinanceContext>
{
    public FinanceContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<FinanceContext>().UseNpgsql("Host=localhost;Database=financedb").Options);
}
