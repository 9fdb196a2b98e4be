using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Qingmeng.Talent.Infrastructure;

/// <summary>Lets <c>dotnet ef migrations add</c> build the model without starting the service or reaching a server.</summary>
internal sealed class DesignTimeTalentContextFactory : IDesignTimeDbContextFactory<TalentContext>
{
    public TalentContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<TalentContext>().UseNpgsql("Host=localhost;Database=talentdb").Options);
}
