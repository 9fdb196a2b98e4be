using MassTransit;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Npgsql;

namespace Qingmeng.Testing.Hosting;

/// <summary>A real service (its Program, DI, hosted services, bus) in this process, pointed at the test servers.</summary>
public sealed class ServiceHost<TEntryPoint>(IReadOnlyDictionary<string, string> settings) : WebApplicationFactory<TEntryPoint>
    where TEntryPoint : class
{
    public const string OperatorKey = "integration-test-operator-key";

    /// <summary>Setting for a host a test starts while the broker is down on purpose: its start must not wait for the bus.</summary>
    public const string BusMayBeDownKey = "Testing:BusMayBeDown";

    /// <summary>Settings that keep retries and polling short so failures surface in seconds.</summary>
    public static Dictionary<string, string> FastMessagingSettings() => new()
    {
        ["Messaging:OutboxPollInterval"] = "00:00:00.200",
        ["Messaging:OutboxInitialBackoff"] = "00:00:00.200",
        ["Messaging:OutboxMaxBackoff"] = "00:00:01",
        ["Messaging:PublishTimeout"] = "00:00:02",
        ["Messaging:ImmediateRetries"] = "1",
        ["Messaging:ExponentialRetries"] = "2",
        ["Messaging:ExponentialMinInterval"] = "00:00:00.050",
        ["Messaging:ExponentialMaxInterval"] = "00:00:00.200",
        ["Operators:ApiKey"] = OperatorKey,
        ["Authentication:Issuer"] = TestTokens.Issuer,
    };

    /// <summary>Everything the service logged, to check that no personal data is written in clear.</summary>
    public CapturedLogs Logs { get; } = new();

    /// <summary>A client that sends <paramref name="caller"/>'s bearer token for <paramref name="audience"/>.</summary>
    public HttpClient CreateClient(TestCaller caller, string audience)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", TestTokens.For(caller, audience));
        return client;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }
        builder.ConfigureLogging(logging => logging.AddProvider(Logs));
        // A test may stop its host a moment after starting it. A bus still starting in the background when the stop
        // arrives can finish connecting its endpoints afterwards and go on consuming from the shared broker, taking the
        // next test's events into this test's database; so the host starts only once its bus has. Bounded: a broker that
        // does not come back fails the start after a minute instead of holding the test run.
        if (!(settings.TryGetValue(BusMayBeDownKey, out var busMayBeDown) && bool.TryParse(busMayBeDown, out var down) && down))
        {
            builder.ConfigureTestServices(services => services.PostConfigure<MassTransitHostOptions>(options =>
            {
                options.WaitUntilStarted = true;
                options.StartTimeout = TimeSpan.FromMinutes(1);
            }));
        }
        // Trust the test issuer's key instead of fetching the identity service's JWKS.
        builder.ConfigureTestServices(services => services.PostConfigure<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme, jwt =>
            jwt.ConfigurationManager = new StaticConfigurationManager<OpenIdConnectConfiguration>(
                new OpenIdConnectConfiguration { Issuer = TestTokens.Issuer, SigningKeys = { TestTokens.SigningKey } })));
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        // Npgsql pools outlive the host (they are per connection string, process-wide); close the idle
        // connections it left so a long test run does not exhaust the server's connection slots.
        NpgsqlConnection.ClearAllPools();
    }
}
