using Microsoft.EntityFrameworkCore.Design;
using Qingmeng.ServiceDefaults.Data;

namespace Qingmeng.Talent.Infrastructure;

/// <summary>Lets <c>dotnet ef migrations add</c> build the model without starting the service or reaching a server.</summary>
internal sealed class DesignTimeTalentContextFactory : IDesignTimeDbContextFactory<TalentContext>
{
    public TalentContext CreateDbContext(string[] args) =>
        new(PlatformNpgsql.DesignTimeOptions<TalentContext>("talentdb"));
}
