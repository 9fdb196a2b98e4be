namespace Qingmeng.Testing;

/// <summary>
/// Lifetime shared by the local servers: start the processes in order, wait until each really accepts
/// connections, stop cleanly and start again with the same port and data, and clean up everything on dispose.
/// </summary>
public abstract class LocalServer : IAsyncDisposable
{
    private static readonly TimeSpan ProbeInterval = TimeSpan.FromMilliseconds(200);
    private static readonly TimeSpan StopGracePeriod = TimeSpan.FromSeconds(15);

    private readonly List<ServerProcess> _running = [];
    private bool _disposed;

    private protected LocalServer(string displayName, string dataDirectory)
    {
        DisplayName = displayName;
        DataDirectory = Directory.CreateDirectory(dataDirectory).FullName;
    }

    /// <summary>Directory holding this server's data; deleted on dispose.</summary>
    public string DataDirectory { get; }

    private string DisplayName { get; }

    /// <summary>How long a start may take before <see cref="LocalServerStartException"/> is thrown.</summary>
    private protected abstract TimeSpan StartTimeout { get; }

    /// <summary>Stops the server cleanly (as a broker or database outage would look to clients).</summary>
    public async Task StopAsync()
    {
        // Reverse order: the broker before its epmd.
        for (var i = _running.Count - 1; i >= 0; i--)
        {
            await _running[i].StopAsync(StopGracePeriod);
        }

        _running.Clear();
    }

    /// <summary>Starts the stopped server again on the same port with the same data.</summary>
    public Task StartAgainAsync(CancellationToken cancellationToken = default) => LaunchAsync(cancellationToken);

    public async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        foreach (var process in _running)
        {
            process.Kill();
        }

        _running.Clear();
        DeleteDataDirectory();
        GC.SuppressFinalize(this);
        await Task.CompletedTask;
    }

    /// <summary>The processes to run, in start order, each with its readiness probe.</summary>
    private protected abstract IEnumerable<ProcessLaunch> ProcessLaunches();

    /// <summary>Starts a new server; one that fails to start is torn down so nothing outlives the failure.</summary>
    private protected static async Task<T> LaunchOrDisposeAsync<T>(T server, CancellationToken cancellationToken) where T : LocalServer
    {
        try
        {
            await server.LaunchAsync(cancellationToken);
            return server;
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
    }

    private protected async Task LaunchAsync(CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_running.Count > 0)
        {
            throw new InvalidOperationException($"{DisplayName} is already running.");
        }

        try
        {
            foreach (var launch in ProcessLaunches())
            {
                launch.BeforeStart?.Invoke();
                var process = ServerProcess.Start(launch.FileName, launch.Arguments, launch.Environment, DataDirectory);
                _running.Add(process);
                await WaitUntilReadyAsync(launch, process, cancellationToken);
            }
        }
        catch
        {
            foreach (var process in _running)
            {
                process.Kill();
            }

            _running.Clear();
            throw;
        }
    }

    private async Task WaitUntilReadyAsync(ProcessLaunch launch, ServerProcess process, CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow + StartTimeout;
        Exception? lastError = null;
        while (true)
        {
            if (process.HasExited)
            {
                throw new LocalServerStartException(launch.Name, $"exited with code {process.ExitCode} while starting", process.RecentOutput, lastError);
            }

            try
            {
                await launch.Probe(cancellationToken);
                return;
            }
            catch (Exception e) when (!cancellationToken.IsCancellationRequested)
            {
                lastError = e;
            }

            if (DateTime.UtcNow >= deadline)
            {
                throw new LocalServerStartException(launch.Name, $"did not accept connections within {StartTimeout.TotalSeconds:F0} s", process.RecentOutput, lastError);
            }

            await Task.Delay(ProbeInterval, cancellationToken);
        }
    }

    private void DeleteDataDirectory()
    {
        try
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
        catch (DirectoryNotFoundException)
        {
            // Nothing to clean up.
        }
    }
}

/// <summary>How to start one process of a server and how to tell it is ready.</summary>
internal sealed record ProcessLaunch(
    string Name,
    string FileName,
    IReadOnlyList<string> Arguments,
    IReadOnlyDictionary<string, string> Environment,
    Func<CancellationToken, Task> Probe,
    Action? BeforeStart = null);
