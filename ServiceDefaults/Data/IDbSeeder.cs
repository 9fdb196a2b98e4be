using Microsoft.EntityFrameworkCore;

namespace Qingmeng.ServiceDefaults.Data;

/// <summary>Seeds reference or demo data after migrations. Must be idempotent: every replica runs it.</summary>
public interface IDbSeeder<in TContext> where TContext : DbContext
{
    Task SeedAsync(TContext context, CancellationToken cancellationToken);
}
