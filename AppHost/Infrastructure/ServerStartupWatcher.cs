using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Qingmeng.AppHost.Infrastructure;

/// <summary>Marks a server the whole platform waits for: if it stops before it ever became healthy, the AppHost stops.</summary>
internal sealed class RequiredAtStartupAnnotation : IResourceAnnotation;

internal static class ServerStartupExtensions
{
    /// <summary>
    /// Without this, a server that exits at once (say, PostgreSQL unable to reach its data directory) leaves every
    /// service "Waiting" for ever and the console silent. With it, the AppHost prints why and exits non-zero.
    /// </summary>
    public static IResourceBuilder<T> StopsPlatformIfItCannotStart<T>(this IResourceBuilder<T> resource) where T : IResource
    {
        var builder = resource.ApplicationBuilder;
        if (!builder.Resources.Any(r => r.HasAnnotationOfType<RequiredAtStartupAnnotation>()))
        {
            builder.Services.AddSingleton<ServerStartupWatcher>();
            // Before the orchestrator starts: its start-up waits for every resource, so a hosted service would
            // only begin once the servers are healthy, which is too late.
            builder.Eventing.Subscribe<BeforeStartEvent>((@event, _) =>
            {
                @event.Services.GetRequiredService<ServerStartupWatcher>().Start();
                return Task.CompletedTask;
            });
        }
        return resource.WithAnnotation(new RequiredAtStartupAnnotation());
    }
}

/// <summary>
/// Follows the servers marked <see cref="RequiredAtStartupAnnotation"/>. When one reaches a terminal state
/// (exited, finished, failed to start) before it was ever healthy, logs its last output lines at Critical on the
/// AppHost's console and stops the application with exit code <see cref="ExitCode"/>.
/// </summary>
internal sealed partial class ServerStartupWatcher(
    DistributedApplicationModel model,
    ResourceNotificationService notifications,
    ResourceLoggerService resourceLogs,
    IHostApplicationLifetime lifetime,
    ILogger<ServerStartupWatcher> logger)
{
    public const int ExitCode = 3;
    private const int LinesShown = 20;

    // Output can arrive a little after the exit is reported: wait until it stops coming, at most this long.
    private static readonly TimeSpan OutputSettleTime = TimeSpan.FromMilliseconds(500);
    private static readonly TimeSpan OutputSettleLimit = TimeSpan.FromSeconds(5);

    private readonly ConcurrentDictionary<string, RecentOutput> _output = new();

    public void Start() => _ = WatchAsync(lifetime.ApplicationStopping);

    private async Task WatchAsync(CancellationToken stoppingToken)
    {
        var servers = model.Resources.Where(resource => resource.HasAnnotationOfType<RequiredAtStartupAnnotation>()).ToList();
        if (servers.Count == 0)
        {
            return;
        }
        foreach (var server in servers)
        {
            var output = _output.GetOrAdd(server.Name, _ => new RecentOutput(LinesShown));
            _ = CollectOutputAsync(server, output, stoppingToken);
        }

        var names = servers.Select(server => server.Name).ToHashSet(StringComparer.Ordinal);
        var healthy = new HashSet<string>(StringComparer.Ordinal);
        try
        {
            await foreach (var update in notifications.WatchAsync(stoppingToken))
            {
                var name = update.Resource.Name;
                if (!names.Contains(name) || healthy.Contains(name))
                {
                    continue;
                }
                if (update.Snapshot.HealthStatus == HealthStatus.Healthy)
                {
                    healthy.Add(name);
                    LogServerReady(logger, name);
                    continue;
                }
                // A server stopped by the platform's own shutdown is not a failure.
                if (update.Snapshot.State?.Text is { } state && IsTerminal(state) && !stoppingToken.IsCancellationRequested)
                {
                    await StopPlatformAsync(name, state, update.Snapshot.ExitCode, stoppingToken);
                    return;
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The application is stopping.
        }
    }

    private static bool IsTerminal(string state) =>
        state == KnownResourceStates.Exited || state == KnownResourceStates.Finished || state == KnownResourceStates.FailedToStart;

    private async Task StopPlatformAsync(string name, string state, int? exitCode, CancellationToken cancellationToken)
    {
        var output = _output[name];
        await output.WaitUntilQuietAsync(OutputSettleTime, OutputSettleLimit, cancellationToken);
        var lines = output.Lines();
        LogServerFailedToStart(logger, name, state, exitCode?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "?",
            lines.Count == 0 ? "(no output)" : string.Join(Environment.NewLine, lines.Select(line => "    " + line)));
        Environment.ExitCode = ExitCode;
        lifetime.StopApplication();
    }

    private async Task CollectOutputAsync(IResource server, RecentOutput output, CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var batch in resourceLogs.WatchAsync(server).WithCancellation(cancellationToken))
            {
                foreach (var line in batch)
                {
                    output.Add(line.Content);
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The application is stopping.
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "'{Server}' is ready.")]
    private static partial void LogServerReady(ILogger logger, string server);

    [LoggerMessage(Level = LogLevel.Critical, Message =
        "'{Server}' 未能启动，平台停止 (it stopped before it was ever ready: state {State}, exit code {ExitCode}; every service waits for it). Its last output:\n{Output}")]
    private static partial void LogServerFailedToStart(ILogger logger, string server, string state, string exitCode, string output);

    /// <summary>The last lines a server wrote, and when it last wrote one.</summary>
    private sealed class RecentOutput(int capacity)
    {
        private readonly Queue<string> _lines = new();
        private readonly Lock _gate = new();
        private long _lastWriteTimestamp = TimeProvider.System.GetTimestamp();

        public void Add(string line)
        {
            lock (_gate)
            {
                _lines.Enqueue(line);
                while (_lines.Count > capacity)
                {
                    _lines.Dequeue();
                }
                _lastWriteTimestamp = TimeProvider.System.GetTimestamp();
            }
        }

        public List<string> Lines()
        {
            lock (_gate)
            {
                return [.. _lines];
            }
        }

        public async Task WaitUntilQuietAsync(TimeSpan quiet, TimeSpan limit, CancellationToken cancellationToken)
        {
            var started = TimeProvider.System.GetTimestamp();
            while (TimeProvider.System.GetElapsedTime(started) < limit &&
                   TimeProvider.System.GetElapsedTime(Interlocked.Read(ref _lastWriteTimestamp)) < quiet)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(100), cancellationToken);
            }
        }
    }
}
