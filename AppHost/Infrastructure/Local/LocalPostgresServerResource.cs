namespace Qingmeng.AppHost.Infrastructure.Local;

/// <summary>PostgreSQL from the Debian packages, run through <c>scripts/postgres-run.sh</c>.</summary>
public sealed class LocalPostgresServerResource(string name, string workingDirectory, ParameterResource password)
    : ExecutableResource(name, "/bin/sh", workingDirectory), IResourceWithConnectionString
{
    public ParameterResource PasswordParameter { get; } = password;

    public EndpointReference PrimaryEndpoint => new(this, LocalResourceExtensions.EndpointName);

    public List<LocalPostgresDatabaseResource> Databases { get; } = [];

    /// <summary>Same shape as the container resource's server connection string.</summary>
    public ReferenceExpression ConnectionStringExpression => ReferenceExpression.Create(
        $"Host=127.0.0.1;Port={PrimaryEndpoint.Property(EndpointProperty.Port)};Username=postgres;Password={PasswordParameter}");
}
