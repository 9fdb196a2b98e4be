using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace Qingmeng.Benchmarks.Messaging.Pipeline;

/// <summary>A quiet generic host configured from the servers' connection strings, overridable from the command line.</summary>
public static class BenchHost
{
    public static HostApplicationBuilder CreateBuilder(string[] args, IReadOnlyDictionary<string, string?> connectionStrings)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = args, EnvironmentName = "Production" });
        var settings = new Dictionary<string, string?>(connectionStrings)
        {
            // Console logging on the hot path would cost CPU the pipelines need; warnings and errors still show.
            ["Logging:LogLevel:Default"] = "Warning",
            ["Logging:LogLevel:MassTransit"] = "Warning",
        };
        builder.Configuration.AddInMemoryCollection(settings);
        // Command-line settings (e.g. --Messaging:OutboxBatchSize=500) win over the defaults above.
        builder.Configuration.AddCommandLine(args);
        return builder;
    }
}
