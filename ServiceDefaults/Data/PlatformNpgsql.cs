using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Qingmeng.ServiceDefaults.Data;

/// <summary>The one way every service talks to PostgreSQL, shared by the running service and the design-time factories.</summary>
public static class PlatformNpgsql
{
    /// <summary>Npgsql with snake_case names, so operators' SQL reads like SQL, and times of any offset stored in UTC.</summary>
    public static DbContextOptionsBuilder UsePlatformNpgsql(this DbContextOptionsBuilder options, string connectionString) =>
        options.UseNpgsql(connectionString).UseSnakeCaseNamingConvention()
            .ReplaceService<IModelCustomizer, UtcTimestampModelCustomizer>();

    /// <summary>Options for <c>dotnet ef</c>: builds the model without a server.</summary>
    public static DbContextOptions<TContext> DesignTimeOptions<TContext>(string database) where TContext : DbContext =>
        (DbContextOptions<TContext>)new DbContextOptionsBuilder<TContext>().UsePlatformNpgsql($"Host=localhost;Database={database}").Options;
}
