using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace AppHost.Tests;

/// <summary>The checked-in aspire-manifest.json is what DevOps deploy from: it must be current and deployable.</summary>
public sealed class AspireManifestTests
{
    private const string ManifestFile = "aspire-manifest.json";
    private static readonly string[] Servers = ["postgres", "eventbus", "cache"];
    private static readonly string[] Projects = ["identity-api", "approval-api", "governance-api", "policy-match-api", "finance-api", "talent-api", "gateway"];
    private static readonly string[] Databases = ["identitydb", "approvaldb", "governancedb", "policydb", "financedb", "talentdb"];

    [Fact]
    public async Task The_checked_in_manifest_matches_what_the_app_host_publishes()
    {
        var root = RepositoryRoot();
        // Written beside the real one so that the relative project paths inside come out the same.
        var fresh = Path.Combine(root, ".aspire-manifest.check.json");
        try
        {
            await PublishManifestAsync(root, "../.aspire-manifest.check.json");

            var expected = JsonNode.Parse(await File.ReadAllTextAsync(fresh));
            var actual = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(root, ManifestFile)));
            Assert.True(JsonNode.DeepEquals(expected, actual),
                $"{ManifestFile} is stale. Regenerate it: dotnet run --project AppHost -- --publisher manifest --output-path ../{ManifestFile}");
        }
        finally
        {
            File.Delete(fresh);
        }
    }

    [Fact]
    public void The_manifest_runs_servers_as_containers_and_services_as_projects()
    {
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryRoot(), ManifestFile)));
        var resources = manifest.RootElement.GetProperty("resources");

        foreach (var server in Servers)
        {
            Assert.StartsWith("container.", resources.GetProperty(server).GetProperty("type").GetString());
        }
        foreach (var project in Projects)
        {
            Assert.Equal("project.v0", resources.GetProperty(project).GetProperty("type").GetString());
        }
        foreach (var database in Databases)
        {
            Assert.Contains("{postgres.", resources.GetProperty(database).GetProperty("connectionString").GetString());
        }
    }

    [Fact]
    public void Only_the_gateway_and_the_portal_get_the_cache()
    {
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryRoot(), ManifestFile)));
        var usersOfTheCache = manifest.RootElement.GetProperty("resources").EnumerateObject()
            .Where(resource => resource.Value.TryGetProperty("env", out var env) && env.TryGetProperty("ConnectionStrings__cache", out _))
            .Select(resource => resource.Name)
            .Order()
            .ToArray();

        Assert.Equal(["gateway", "portal"], usersOfTheCache);
    }

    [Theory]
    [InlineData("approval-api", "approvaldb")]
    [InlineData("governance-api", "governancedb")]
    [InlineData("policy-match-api", "policydb")]
    [InlineData("finance-api", "financedb")]
    [InlineData("talent-api", "talentdb")]
    public void Each_service_gets_only_its_own_database_plus_the_bus(string service, string database)
    {
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryRoot(), ManifestFile)));
        var env = manifest.RootElement.GetProperty("resources").GetProperty(service).GetProperty("env");
        var connections = env.EnumerateObject()
            .Where(variable => variable.Name.StartsWith("ConnectionStrings__", StringComparison.Ordinal))
            .Select(variable => variable.Name["ConnectionStrings__".Length..])
            .Order()
            .ToArray();

        Assert.Equal(new[] { database, "eventbus" }.Order(), connections);
        Assert.True(env.TryGetProperty("Operators__ApiKey", out _));
        Assert.True(env.TryGetProperty("Authentication__Issuer", out _));
        Assert.True(env.TryGetProperty("services__identity-api__http__0", out _));
    }

    [Theory]
    [InlineData("approval-api")]
    [InlineData("governance-api")]
    [InlineData("policy-match-api")]
    [InlineData("finance-api")]
    [InlineData("talent-api")]
    public void Each_service_prints_public_links_under_the_gateways_address(string service)
    {
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryRoot(), ManifestFile)));
        var env = manifest.RootElement.GetProperty("resources").GetProperty(service).GetProperty("env");

        Assert.Equal("{gateway.bindings.http.url}/", env.GetProperty("Platform__PublicBaseUrl").GetString());
    }

    [Fact]
    public void The_identity_service_takes_its_keys_and_client_secrets_from_secrets_when_deployed()
    {
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryRoot(), ManifestFile)));
        var resources = manifest.RootElement.GetProperty("resources");
        var env = resources.GetProperty("identity-api").GetProperty("env");

        Assert.Equal("{identity-signing-key-pem.value}", env.GetProperty("Identity__SigningKey__Pem").GetString());
        Assert.True(resources.GetProperty("identity-signing-key-pem").GetProperty("inputs").GetProperty("value").GetProperty("secret").GetBoolean());
        Assert.False(env.TryGetProperty("Identity__EnablePasswordGrant", out _));
        Assert.False(env.TryGetProperty("ConnectionStrings__eventbus", out _));
    }

    private static async Task PublishManifestAsync(string root, string outputPath)
    {
        var configuration = typeof(AspireManifestTests).Assembly
            .GetCustomAttributes(typeof(System.Reflection.AssemblyConfigurationAttribute), false)
            .OfType<System.Reflection.AssemblyConfigurationAttribute>().Single().Configuration;
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            ArgumentList =
            {
                "run", "--project", "AppHost", "--no-build", "-c", configuration,
                "--", "--publisher", "manifest", "--output-path", outputPath,
            },
        };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        Assert.True(process.ExitCode == 0, $"Manifest publishing failed:\n{await output}\n{await errors}");
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Qingmeng.slnx")))
            {
                return directory.FullName;
            }
        }
        throw new InvalidOperationException("Run the tests from inside the repository.");
    }
}
