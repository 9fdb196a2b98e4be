using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Qingmeng.Benchmarks.Gateway;

/// <summary>
/// A service's own Program on Kestrel (a real socket, not the in-memory test server) with the given settings, its content
/// root the project's folder so that its own appsettings.json (the gateway's routes) applies.
/// </summary>
public sealed class KestrelHost<TEntryPoint> : WebApplicationFactory<TEntryPoint> where TEntryPoint : class
{
    private readonly IReadOnlyDictionary<string, string> _settings;
    private readonly string _environment;

    public KestrelHost(string projectFolder, string assemblyName, string environment, IReadOnlyDictionary<string, string> settings)
    {
        _settings = settings;
        _environment = environment;
        Port = FreePort();
        UseKestrel(Port);
        Environment.SetEnvironmentVariable(
            $"ASPNETCORE_TEST_CONTENTROOT_{assemblyName.Replace('.', '_').ToUpperInvariant()}",
            Path.Combine(RepositoryRoot(), projectFolder));
    }

    public int Port { get; }

    public Uri Address => new(Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(_environment);
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Qingmeng.slnx")))
            {
                return folder.FullName;
            }
        }
        throw new InvalidOperationException("Run the benchmark from inside the repository (Qingmeng.slnx not found above the program).");
    }
}
