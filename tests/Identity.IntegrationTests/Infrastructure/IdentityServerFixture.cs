using Microsoft.Extensions.DependencyInjection;
using Qingmeng.Testing;

namespace Identity.IntegrationTests.Infrastructure;

/// <summary>One real PostgreSQL for the collection; each host gets a fresh database and, unless told otherwise, its own key folder.</summary>
public sealed class IdentityServerFixture : IAsyncLifetime
{
    private readonly string _dataRoot = PlatformServers.NewDataRoot();
    private IdentityHost? _shared;

    public LocalPostgresServer Postgres { get; private set; } = null!;

    /// <summary>A host with the password grant and demo accounts enabled, shared by the read-only tests.</summary>
    public IdentityHost Shared => _shared ?? throw new InvalidOperationException("The fixture has not started.");

    public async Task InitializeAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        Postgres = await LocalPostgresServer.StartAsync(_dataRoot, timeout.Token);
        _shared = await StartHostAsync();
    }

    public string NewKeyDirectory() => Directory.CreateDirectory(Path.Combine(_dataRoot, "keys-" + Guid.NewGuid().ToString("N")[..8])).FullName;

    /// <summary>Starts a host on a fresh database; <paramref name="configure"/> adjusts the settings first.</summary>
    public async Task<IdentityHost> StartHostAsync(
        Action<Dictionary<string, string>>? configure = null, string environment = "Development", Action<IServiceCollection>? services = null)
    {
        var database = $"identity_{Guid.NewGuid():N}"[..30];
        await Postgres.CreateDatabaseAsync(database);
        var settings = new Dictionary<string, string>
        {
            ["ConnectionStrings:identitydb"] = Postgres.ConnectionStringFor(database),
            ["DemoData:Enabled"] = "true",
            ["Identity:EnablePasswordGrant"] = "true",
            ["Identity:Issuer"] = IdentityHost.Issuer,
            ["Identity:DevelopmentKeyDirectory"] = NewKeyDirectory(),
            ["Identity:Clients:bank-qzbank-system:Secret"] = IdentityHost.BankSecret,
            ["Logging:LogLevel:Default"] = "Warning",
        };
        configure?.Invoke(settings);
        var host = new IdentityHost(settings, environment, services);
        // Touching the server starts the host: migrations and seeding run before it answers.
        _ = host.Server;
        return host;
    }

    public async Task DisposeAsync()
    {
        if (_shared is not null)
        {
            await _shared.DisposeAsync();
        }
        if (Postgres is not null)
        {
            await Postgres.DisposeAsync();
        }
        if (Directory.Exists(_dataRoot))
        {
            Directory.Delete(_dataRoot, recursive: true);
        }
    }
}

[CollectionDefinition(Name)]
public sealed class IdentityServerCollection : ICollectionFixture<IdentityServerFixture>
{
    public const string Name = "identity server";
}
