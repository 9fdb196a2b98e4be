using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Identity.IntegrationTests.Infrastructure;

/// <summary>The real identity service (its Program, DI, migrations, seeding) in this process, on its own database.</summary>
public sealed class IdentityHost(IReadOnlyDictionary<string, string> settings, string environment = "Development") : WebApplicationFactory<Program>
{
    public const string Issuer = "http://localhost:5100/";
    public const string BankSecret = "integration-test-bank-secret";

    public IReadOnlyDictionary<string, string> Settings => settings;

    /// <summary>A client that shows redirects instead of following them and keeps the login cookie.</summary>
    public HttpClient CreateBrowser() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(environment);
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }
    }
}
