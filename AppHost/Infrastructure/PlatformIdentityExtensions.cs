using Qingmeng.AppHost.Infrastructure.Local;

namespace Qingmeng.AppHost.Infrastructure;

public static class PlatformIdentityExtensions
{
    /// <summary>
    /// The token issuer everyone agrees on: the gateway's public address, through which clients reach the
    /// identity service. Services fetch signing keys from the identity service directly (service discovery).
    /// </summary>
    public static ReferenceExpression PublicIssuer(this IResourceBuilder<ProjectResource> gateway) =>
        ReferenceExpression.Create($"{gateway.GetEndpoint("http")}/");

    /// <summary>
    /// The OpenID Connect token service. Locally: password grant and demo accounts on, development keys kept
    /// under the data root. Deployed: signing and encryption keys and client secrets come from secrets.
    /// </summary>
    public static IResourceBuilder<ProjectResource> AddIdentityService(
        this IDistributedApplicationBuilder builder,
        IResourceBuilder<IResourceWithConnectionString> database,
        ReferenceExpression issuer)
    {
        var identity = builder.AddProject<Projects.Qingmeng_Identity_Api>("identity-api")
            .WithReference(database).WaitFor(database)
            .WithEnvironment("Identity__Issuer", issuer)
            .WithHttpHealthCheck("/health");

        if (builder.ExecutionContext.IsRunMode)
        {
            identity
                .WithEnvironment("Identity__EnablePasswordGrant", "true")
                .WithEnvironment("DemoData__Enabled", "true");
            if (builder.UsesLocalServers())
            {
                identity.WithEnvironment("Identity__DevelopmentKeyDirectory", builder.GetDataDirectory("identity-keys"));
            }
        }
        else
        {
            identity
                .WithEnvironment("Identity__SigningKey__Pem", builder.AddParameter("identity-signing-key-pem", secret: true))
                .WithEnvironment("Identity__EncryptionKey__Pem", builder.AddParameter("identity-encryption-key-pem", secret: true))
                .WithEnvironment("Identity__Clients__bank-qzbank-system__Secret", GeneratedSecret(builder, "bank-qzbank-system-secret"))
                .WithEnvironment("Identity__Clients__hotline-12345-system__Secret", GeneratedSecret(builder, "hotline-12345-system-secret"));
        }
        return identity;
    }

    /// <summary>A service (or the gateway) that validates the identity service's tokens.</summary>
    public static IResourceBuilder<ProjectResource> WithPlatformIdentity(
        this IResourceBuilder<ProjectResource> project, IResourceBuilder<ProjectResource> identity, ReferenceExpression issuer) =>
        project
            .WithReference(identity)
            .WithEnvironment("Authentication__Issuer", issuer);

    private static IResourceBuilder<ParameterResource> GeneratedSecret(IDistributedApplicationBuilder builder, string name) =>
        builder.AddParameter(name, new GenerateParameterDefault { MinLength = 32, Special = false }, secret: true);
}
