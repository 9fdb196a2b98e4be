using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Identity.IntegrationTests.Infrastructure;

/// <summary>The real identity service (its Program, DI, migrations, seeding) in this process, on its own database.</summary>
public sealed class IdentityHost(
    IReadOnlyDictionary<string, string> settings, string environment = "Development", Action<IServiceCollection>? services = null)
    : WebApplicationFactory<Program>
{
    public const string Issuer = "http://localhost:5100/";
    public const string BankSecret = "integration-test-bank-secret";

    /// <summary>
    /// In-memory requests have no TCP peer; a test names one with this header, as if the connection came from that
    /// address (it is set before the service's own pipeline, so forwarded-header rules apply to it as to a real peer).
    /// </summary>
    public const string PeerAddressHeader = "X-Test-Peer-Address";

    public IReadOnlyDictionary<string, string> Settings => settings;

    /// <summary>A client that shows redirects instead of following them and keeps the login cookie.</summary>
    public HttpClient CreateBrowser() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    /// <summary>A client whose requests come from <paramref name="peer"/>.</summary>
    public HttpClient CreateClientFrom(string peer, bool browser = false)
    {
        var client = browser ? CreateBrowser() : CreateClient();
        client.DefaultRequestHeaders.Add(PeerAddressHeader, peer);
        return client;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(environment);
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }
        builder.ConfigureTestServices(testServices =>
        {
            // First, so the address is in place before the forwarded-headers middleware looks at it.
            testServices.Insert(0, ServiceDescriptor.Transient<IStartupFilter, PeerAddressStartupFilter>());
            services?.Invoke(testServices);
        });
    }

    private sealed class PeerAddressStartupFilter : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                if (context.Request.Headers.Remove(PeerAddressHeader, out var peer) && IPAddress.TryParse(peer, out var address))
                {
                    context.Connection.RemoteIpAddress = address;
                }
                return nextMiddleware(context);
            });
            next(app);
        };
    }
}
