using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Platform.IntegrationTests.Infrastructure;

/// <summary>A real service (its Program, DI, hosted services, bus) in this process, pointed at the test servers.</summary>
public sealed class ServiceHost<TEntryPoint>(IReadOnlyDictionary<string, string> settings) : WebApplicationFactory<TEntryPoint>
    where TEntryPoint : class
{
    public const string OperatorKey = "integration-test-operator-key";

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
    };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }
    }
}
