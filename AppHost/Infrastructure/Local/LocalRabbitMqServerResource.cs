namespace Qingmeng.AppHost.Infrastructure.Local;

/// <summary>RabbitMQ from the Debian package, run as a private node with its own epmd.</summary>
public sealed class LocalRabbitMqServerResource(
    string name, string command, string workingDirectory, ParameterResource userName, ParameterResource password)
    : ExecutableResource(name, command, workingDirectory), IResourceWithConnectionString
{
    public ParameterResource UserNameParameter { get; } = userName;

    public ParameterResource PasswordParameter { get; } = password;

    public EndpointReference PrimaryEndpoint => new(this, LocalResourceExtensions.EndpointName);

    /// <summary>Same shape as the container resource's connection string.</summary>
    public ReferenceExpression ConnectionStringExpression => ReferenceExpression.Create(
        $"amqp://{UserNameParameter}:{PasswordParameter}@127.0.0.1:{PrimaryEndpoint.Property(EndpointProperty.Port)}");
}
