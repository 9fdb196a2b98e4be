using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Runtime.InteropServices;

namespace AppHost.Tests;

/// <summary>
/// The AppHost as a new user runs it, on real local servers: it either works or stops within a minute saying why.
/// The AppHost's built output runs directly (what <c>eng/run.sh</c> runs after its build) with its data directory
/// inside a directory only the current user can enter, as in a clone under <c>mktemp -d</c> or <c>/root</c>.
/// </summary>
[System.Runtime.Versioning.SupportedOSPlatform("linux")] // the local servers are Debian packages
public sealed class PlatformStartupTests : IAsyncLifetime
{
    private static readonly TimeSpan StartupLimit = TimeSpan.FromMinutes(1);

    // Created with mode 0700, like mktemp -d.
    private readonly DirectoryInfo _privateDirectory = Directory.CreateTempSubdirectory("qingmeng-apphost-");

    private readonly DirectoryInfo _brokenBinaries = Directory.CreateTempSubdirectory("qingmeng-broken-postgres-");

    private string DataRoot => Path.Combine(_privateDirectory.FullName, "q", ".data");

    [Fact]
    public async Task The_platform_starts_with_its_data_inside_a_directory_only_its_owner_can_enter()
    {
        await using var appHost = AppHostProcess.Start(new Dictionary<string, string> { ["Infrastructure__DataRoot"] = DataRoot, ["DemoData__SeedFigures"] = "false" });

        var outcome = await appHost.WaitForLineAsync(line => line.Contains("'postgres' is ready.", StringComparison.Ordinal), StartupLimit);

        Assert.True(outcome == AppHostOutcome.LineSeen,
            $"PostgreSQL did not become ready within {StartupLimit.TotalSeconds} s ({outcome}). AppHost output:\n{appHost.Output}");
    }

    [Fact]
    public async Task A_server_that_cannot_start_stops_the_platform_with_a_non_zero_exit_code_and_its_last_output()
    {
        // Outside the private directory: the server runs as the postgres OS user when the tests run as root.
        var brokenBinaries = _brokenBinaries.FullName;
        File.SetUnixFileMode(brokenBinaries, (UnixFileMode)0b111_101_101);
        const string complaint = "FATAL: this PostgreSQL build refuses to start (a test double)";
        foreach (var program in new[] { "initdb", "postgres" })
        {
            var path = Path.Combine(brokenBinaries, program);
            await File.WriteAllTextAsync(path, $"#!/bin/sh\necho '{complaint}' >&2\nexit 1\n");
            File.SetUnixFileMode(path, (UnixFileMode)0b111_101_101);
        }
        await using var appHost = AppHostProcess.Start(new Dictionary<string, string>
        {
            ["Infrastructure__DataRoot"] = DataRoot,
            ["DemoData__SeedFigures"] = "false",
            ["Infrastructure__PostgresBinDirectory"] = brokenBinaries,
        });

        var outcome = await appHost.WaitForExitAsync(StartupLimit);

        Assert.True(outcome == AppHostOutcome.Exited, $"The AppHost did not stop within {StartupLimit.TotalSeconds} s. Output:\n{appHost.Output}");
        Assert.NotEqual(0, appHost.ExitCode);
        Assert.Contains("'postgres' 未能启动", appHost.Output, StringComparison.Ordinal);
        Assert.Contains(complaint, appHost.Output, StringComparison.Ordinal);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync()
    {
        // Running as root, the cluster lives outside the private directory (see postgres-run.sh); remove it too.
        var cluster = new DirectoryInfo(Path.Combine(DataRoot, "postgres", "cluster"));
        if (cluster.LinkTarget is { } relocated)
        {
            // <postgres home>/qingmeng/<hash of the data directory>/cluster
            Directory.Delete(Path.GetDirectoryName(relocated)!, recursive: true);
        }
        _privateDirectory.Delete(recursive: true);
        _brokenBinaries.Delete(recursive: true);
        return Task.CompletedTask;
    }

    private enum AppHostOutcome { LineSeen, Exited, TimedOut }

    /// <summary>The AppHost's built output on private dashboard ports, its console kept.</summary>
    private sealed class AppHostProcess : IAsyncDisposable
    {
        private const int SigTerm = 15;
        private readonly Process _process;
        private readonly ConcurrentQueue<string> _lines = new();
        private readonly SemaphoreSlim _newOutput = new(0);

        private AppHostProcess(Process process) => _process = process;

        public string Output => string.Join('\n', _lines);

        public int ExitCode => _process.ExitCode;

        public static AppHostProcess Start(IReadOnlyDictionary<string, string> environment)
        {
            var start = new ProcessStartInfo("dotnet")
            {
                WorkingDirectory = AppHostOutputDirectory(),
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                ArgumentList = { Path.Combine(AppHostOutputDirectory(), "Qingmeng.AppHost.dll") },
            };
            start.Environment["DOTNET_ENVIRONMENT"] = "Development";
            start.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{FreePort()}";
            start.Environment["ASPIRE_DASHBOARD_OTLP_ENDPOINT_URL"] = $"http://127.0.0.1:{FreePort()}";
            start.Environment["ASPIRE_RESOURCE_SERVICE_ENDPOINT_URL"] = $"http://127.0.0.1:{FreePort()}";
            start.Environment["ASPIRE_ALLOW_UNSECURED_TRANSPORT"] = "true";
            start.Environment["ASPIRE_DASHBOARD_UNSECURED_ALLOW_ANONYMOUS"] = "true";
            foreach (var (name, value) in environment)
            {
                start.Environment[name] = value;
            }

            var process = new Process { StartInfo = start };
            var appHost = new AppHostProcess(process);
            process.OutputDataReceived += (_, line) => appHost.Keep(line.Data);
            process.ErrorDataReceived += (_, line) => appHost.Keep(line.Data);
            process.Start();
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            return appHost;
        }

        public async Task<AppHostOutcome> WaitForLineAsync(Func<string, bool> match, TimeSpan limit)
        {
            var deadline = Stopwatch.StartNew();
            while (deadline.Elapsed < limit)
            {
                if (_lines.Any(match))
                {
                    return AppHostOutcome.LineSeen;
                }
                if (_process.HasExited)
                {
                    return AppHostOutcome.Exited;
                }
                await _newOutput.WaitAsync(TimeSpan.FromMilliseconds(250));
            }
            return AppHostOutcome.TimedOut;
        }

        public async Task<AppHostOutcome> WaitForExitAsync(TimeSpan limit)
        {
            using var timeout = new CancellationTokenSource(limit);
            try
            {
                await _process.WaitForExitAsync(timeout.Token);
                return AppHostOutcome.Exited;
            }
            catch (OperationCanceledException)
            {
                return AppHostOutcome.TimedOut;
            }
        }

        /// <summary>SIGTERM, so that the orchestrator stops the servers it started; killed only if that hangs.</summary>
        public async ValueTask DisposeAsync()
        {
            if (!_process.HasExited)
            {
                _ = SendSignal(_process.Id, SigTerm);
                using var grace = new CancellationTokenSource(TimeSpan.FromMinutes(1));
                try
                {
                    await _process.WaitForExitAsync(grace.Token);
                }
                catch (OperationCanceledException)
                {
                    _process.Kill(entireProcessTree: true);
                    await _process.WaitForExitAsync();
                }
            }
            _process.Dispose();
            _newOutput.Dispose();
        }

        private void Keep(string? line)
        {
            if (line is not null)
            {
                _lines.Enqueue(line);
                _newOutput.Release();
            }
        }

        private static string AppHostOutputDirectory()
        {
            var configuration = typeof(PlatformStartupTests).Assembly
                .GetCustomAttributes(typeof(System.Reflection.AssemblyConfigurationAttribute), false)
                .OfType<System.Reflection.AssemblyConfigurationAttribute>().Single().Configuration;
            for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
            {
                var candidate = Path.Combine(directory.FullName, "AppHost", "bin", configuration, "net10.0");
                if (File.Exists(Path.Combine(candidate, "Qingmeng.AppHost.dll")))
                {
                    return candidate;
                }
            }
            throw new InvalidOperationException("The AppHost's build output was not found; build tests/AppHost.Tests first.");
        }

        private static int FreePort()
        {
            using var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            return ((IPEndPoint)listener.LocalEndpoint).Port;
        }

        [DllImport("libc", EntryPoint = "kill")]
        private static extern int SendSignal(int processId, int signal);
    }
}
