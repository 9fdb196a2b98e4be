extern alias identity;

using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Qingmeng.Benchmarks.Identity;

/// <summary>The identity service's own Program on Kestrel (a real socket, not the in-memory test server), on its own database.</summary>
public sealed class IdentityServiceHost : WebApplicationFactory<identity::Program>
{
    public const string Issuer = "http://localhost:5100/";
    public const string BankSecret = "bench-bank-secret";

    private readonly IReadOnlyDictionary<string, string> _settings;

    public IdentityServiceHost(string connectionString, string keyDirectory)
    {
        _settings = new Dictionary<string, string>
        {
            ["ConnectionStrings:identitydb"] = connectionString,
            ["DemoData:Enabled"] = "true",
            ["Identity:EnablePasswordGrant"] = "true",
            ["Identity:Issuer"] = Issuer,
            ["Identity:DevelopmentKeyDirectory"] = keyDirectory,
            ["Identity:Clients:bank-qzbank-system:Secret"] = BankSecret,
            // Per-token Information logs would measure the console, not the token server.
            ["Logging:LogLevel:Default"] = "Warning",
        };
        UseKestrel(FreePort());
        // Run from the repository root, the factory would guess a content root beside the solution file; the service's
        // appsettings.json is copied next to this program, so that is its content root.
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_QINGMENG_IDENTITY_API", AppContext.BaseDirectory);
    }

    public IReadOnlyDictionary<string, string> Settings => _settings;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
