namespace Qingmeng.AppHost.Infrastructure.Local;

/// <summary>Redis from the Debian package, bound to loopback.</summary>
public sealed class LocalRedisResource(string name, string command, string workingDirectory)
    : ExecutableResource(name, command, workingDirectory), IResourceWithConnectionString
{
    public EndpointReference PrimaryEndpoint => new(this, LocalResourceExtensions.EndpointName);

    /// <summary>StackExchange.Redis configuration string, as the container resource produces (no password locally).</summary>
    public ReferenceExpression ConnectionStringExpression => ReferenceExpression.Create(
        $"127.0.0.1:{PrimaryEndpoint.Property(EndpointProperty.Port)}");
}
