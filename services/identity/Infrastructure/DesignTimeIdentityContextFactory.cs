using Microsoft.EntityFrameworkCore.Design;
using Qingmeng.ServiceDefaults.Data;

namespace Qingmeng.Identity.Infrastructure;

/// <summary>Lets <c>dotnet ef migrations add</c> build the model without starting the service or reaching a server.</summary>
internal sealed class DesignTimeIdentityContextFactory : IDesignTimeDbContextFactory<IdentityContext>
{
    public IdentityContext CreateDbContext(string[] args) =>
        new(PlatformNpgsql.DesignTimeOptions<IdentityContext>("identitydb"));
}
