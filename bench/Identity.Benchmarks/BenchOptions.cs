using Microsoft.Extensions.Configuration;

namespace Qingmeng.Benchmarks.Identity;

/// <summary>Load shape, from the command line: e.g. <c>--callers 1,8,32 --clientcredentials 3000 --password 300</c>.</summary>
public sealed class BenchOptions
{
    /// <summary>Concurrent callers per run, comma-separated; each caller sends one token request at a time.</summary>
    public string Callers { get; set; } = "1,8,32";

    /// <summary>Measured client-credentials requests per run.</summary>
    public int ClientCredentials { get; set; } = 3_000;

    /// <summary>Measured password-grant requests per run (each one hashes a password, so far fewer).</summary>
    public int Password { get; set; } = 300;

    /// <summary>Requests (same shape) before each measured run, left out of the figures.</summary>
    public int WarmUp { get; set; } = 50;

    /// <summary>Access tokens validated for the validation-cost figure.</summary>
    public int Validations { get; set; } = 20_000;

    /// <summary>Each measured run is aborted after this long.</summary>
    public int TimeoutSeconds { get; set; } = 120;

    public IReadOnlyList<int> CallerLevels => [.. Callers.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(int.Parse)];

    public static BenchOptions From(string[] args)
    {
        var options = new BenchOptions();
        new ConfigurationBuilder().AddCommandLine(args).Build().Bind(options);
        if (options.CallerLevels.Count == 0 || options.CallerLevels.Any(c => c <= 0) || options.ClientCredentials <= 0
            || options.Password <= 0 || options.WarmUp < 0 || options.Validations <= 0 || options.TimeoutSeconds <= 0)
        {
            throw new ArgumentException("callers, request counts, validations and timeoutseconds must be positive; warmup non-negative.");
        }
        return options;
    }
}
