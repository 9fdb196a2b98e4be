namespace Qingmeng.AppHost.Infrastructure;

/// <summary>
/// The PostgreSQL server in either mode. Callers only add databases, so Program.cs reads the
/// same whether the server is a container or a local executable.
/// </summary>
public sealed class PlatformPostgres(
    IResourceBuilder<IResourceWithConnectionString> server,
    Func<string, IResourceBuilder<IResourceWithConnectionString>> addDatabase)
{
    public IResourceBuilder<IResourceWithConnectionString> Server { get; } = server;

    /// <summary>Adds a database (resource and connection-string name = database name), created on first start.</summary>
    public IResourceBuilder<IResourceWithConnectionString> AddDatabase([ResourceName] string name) => addDatabase(name);
}
