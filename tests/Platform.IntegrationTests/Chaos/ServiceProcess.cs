using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Platform.IntegrationTests.Chaos;

/// <summary>
/// A service as a real child process (<c>dotnet &lt;service&gt;.dll</c>, built with the tests), so a test can kill it
/// with SIGKILL mid-stream the way a node failure or the OOM killer would: no graceful shutdown, no disposal,
/// unacknowledged deliveries and open transactions abandoned.
/// </summary>
public sealed class ServiceProcess : IAsyncDisposable
{
    private const int KeptOutputLines = 200;

    private readonly Process _process;
    private readonly ConcurrentQueue<string> _output = new();
    private bool _disposed;

    private ServiceProcess(Process process, int port)
    {
        _process = process;
        Address = new Uri($"http://127.0.0.1:{port}");
    }

    public Uri Address { get; }

    /// <summary>The last lines the service wrote, for failure messages.</summary>
    public string RecentOutput => string.Join('\n', _output);

    /// <param name="serviceDirectory">The service's folder under <c>services/</c>, e.g. <c>policy-match</c>.</param>
    /// <param name="assemblyName">The service's assembly, e.g. <c>Qingmeng.PolicyMatch.Api</c>.</param>
    /// <param name="settings">Configuration as the in-process hosts take it (<c>Section:Key</c>).</param>
    public static ServiceProcess Start(string serviceDirectory, string assemblyName, IReadOnlyDictionary<string, string> settings)
    {
        var port = FreePort();
        var startInfo = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = ServiceOutputDirectory(serviceDirectory),
        };
        startInfo.ArgumentList.Add(Path.Combine(startInfo.WorkingDirectory, assemblyName + ".dll"));
        foreach (var (key, value) in settings)
        {
            startInfo.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }
        // Like the in-process hosts (WebApplicationFactory runs in Development).
        startInfo.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        startInfo.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        startInfo.Environment["OTEL_SDK_DISABLED"] = "true";

        var process = new Process { StartInfo = startInfo };
        var service = new ServiceProcess(process, port);
        process.OutputDataReceived += (_, line) => service.Keep(line.Data);
        process.ErrorDataReceived += (_, line) => service.Keep(line.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return service;
    }

    /// <summary>SIGKILL, and wait until the process is gone.</summary>
    public async Task KillAsync()
    {
        if (_disposed)
        {
            return;
        }
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }
        await _process.WaitForExitAsync();
    }

    public HttpClient CreateClient() => new() { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(30) };

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        if (!_disposed)
        {
            _disposed = true;
            _process.Dispose();
        }
    }

    /// <summary>
    /// The service's own build output for the configuration the tests run in (bin/Release/net10.0 when the tests run
    /// from tests/…/bin/Release/net10.0), which holds its runtimeconfig and deps files.
    /// </summary>
    private static string ServiceOutputDirectory(string serviceDirectory)
    {
        var testOutput = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var framework = testOutput.Name;
        var configuration = testOutput.Parent!.Name;
        var root = testOutput;
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "Qingmeng.slnx")))
        {
            root = root.Parent;
        }
        if (root is null)
        {
            throw new InvalidOperationException($"No repository root above {AppContext.BaseDirectory}.");
        }
        var directory = Path.Combine(root.FullName, "services", serviceDirectory, "bin", configuration, framework);
        return Directory.Exists(directory)
            ? directory
            : throw new InvalidOperationException($"{directory} does not exist: build the tests first (the service is a project reference).");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }
        _output.Enqueue(line);
        while (_output.Count > KeptOutputLines && _output.TryDequeue(out _))
        {
        }
    }
}
