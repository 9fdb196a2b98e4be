using Microsoft.Extensions.Configuration;

namespace Qingmeng.AppHost.Infrastructure;

internal static class InfrastructureMode
{
    public static InfrastructureOptions GetInfrastructureOptions(this IDistributedApplicationBuilder builder) =>
        builder.Configuration.GetSection(InfrastructureOptions.SectionName).Get<InfrastructureOptions>() ?? new();

    /// <summary>
    /// Local Debian executables in run mode (machines without a container engine); the official
    /// containers when publishing, because a manifest of host executables is useless for deployment.
    /// </summary>
    public static bool UsesLocalServers(this IDistributedApplicationBuilder builder) =>
        !builder.ExecutionContext.IsPublishMode && !builder.GetInfrastructureOptions().UseContainers;

    /// <summary>The per-server data directory, created on demand.</summary>
    public static string GetDataDirectory(this IDistributedApplicationBuilder builder, string resourceName)
    {
        var root = builder.GetInfrastructureOptions().DataRoot is { Length: > 0 } configured
            ? Path.GetFullPath(configured, builder.AppHostDirectory)
            : Path.GetFullPath(Path.Combine(builder.AppHostDirectory, "..", ".data"));
        return Directory.CreateDirectory(Path.Combine(root, resourceName)).FullName;
    }
}
