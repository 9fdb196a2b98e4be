using Microsoft.Extensions.Configuration;

namespace Qingmeng.Benchmarks.Messaging;

/// <summary>Load shape, from the command line: e.g. <c>--events 20000 --producers 8 --scenarios A1,B1</c>.</summary>
public sealed class BenchOptions
{
    /// <summary>Measured events per scenario.</summary>
    public int Events { get; set; } = 20_000;

    /// <summary>Events sent (same shape) before each measured phase and left out of the figures.</summary>
    public int WarmUp { get; set; } = 2_000;

    /// <summary>Concurrent producers; each sends one unit of work (transaction or publish) at a time.</summary>
    public int Producers { get; set; } = 8;

    /// <summary>Aggregate keys of the ordering scenario (events of one key are published strictly in order).</summary>
    public int FewKeys { get; set; } = 16;

    /// <summary>Offered load of the paced scenarios, in events/s.</summary>
    public int PacedRate { get; set; } = 1_000;

    /// <summary>Each phase (warm-up or measured) is aborted after this long.</summary>
    public int TimeoutSeconds { get; set; } = 120;

    /// <summary>Comma-separated scenario ids to run (e.g. B1,A1); empty runs all.</summary>
    public string Scenarios { get; set; } = "";

    public static BenchOptions From(string[] args)
    {
        var options = new BenchOptions();
        new ConfigurationBuilder().AddCommandLine(args).Build().Bind(options);
        if (options.Events <= 0 || options.WarmUp < 0 || options.Producers <= 0 || options.TimeoutSeconds <= 0)
        {
            throw new ArgumentException("events and producers must be positive, warmup non-negative, timeoutseconds positive.");
        }
        return options;
    }

    public bool Includes(string scenarioId) =>
        string.IsNullOrWhiteSpace(Scenarios)
        || Scenarios.Split(',', StringSplitOptions.TrimEntries).Contains(scenarioId, StringComparer.OrdinalIgnoreCase);
}
