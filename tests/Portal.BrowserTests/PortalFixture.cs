using System.Net.Http.Json;
using System.Text.Json;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Playwright;

namespace Portal.BrowserTests;

/// <summary>
/// The whole AppHost — servers, services, gateway and the portal — started once for the collection with its own data folder,
/// and Debian's headless chromium driven through Playwright (no browser is downloaded: <see cref="ChromiumPath"/>). Every page
/// is opened through the gateway, as a user would.
/// </summary>
public sealed class PortalFixture : IAsyncLifetime
{
    // The first start migrates six databases and starts the broker while other test projects share the two cores; the
    // gateway starts only once all five services are healthy, which has taken more than ten minutes under that load.
    // PORTAL_START_TIMEOUT_MINUTES gives a slower machine longer.
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(
        int.TryParse(Environment.GetEnvironmentVariable("PORTAL_START_TIMEOUT_MINUTES"), out var minutes) && minutes > 0 ? minutes : 15);
    private static readonly string[] Resources = ["identity-api", "approval-api", "governance-api", "policy-match-api", "finance-api", "talent-api", "portal"];
    private readonly string _dataRoot = Path.Combine(Path.GetTempPath(), "qingmeng-portal-" + Guid.NewGuid().ToString("N")[..8]);
    private IPlaywright? _playwright;

    /// <summary>Seeded demo accounts (the root README lists them), all with this password in local runs.</summary>
    public const string DemoPassword = "Qingmeng#2026";

    /// <summary>Debian's chromium (package <c>chromium</c>, installed by eng/install-prerequisites.sh); <c>CHROMIUM_PATH</c> overrides it.</summary>
    public static string ChromiumPath => Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    /// <summary>
    /// Where screenshots of the main pages go when <c>PORTAL_SCREENSHOTS</c> names a folder (<c>docs/screenshots</c> refreshes
    /// the README's). A relative folder is taken from the repository's root, not from the test's output folder.
    /// </summary>
    public static string? ScreenshotDirectory => Environment.GetEnvironmentVariable("PORTAL_SCREENSHOTS") is { Length: > 0 } folder
        ? Path.IsPathRooted(folder) ? folder : Path.Combine(RepositoryRoot(), folder)
        : null;

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Qingmeng.slnx")))
            {
                return directory.FullName;
            }
        }
        return Directory.GetCurrentDirectory();
    }

    public DistributedApplication App { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    /// <summary>The gateway's public address: the portal's, and the token issuer.</summary>
    public Uri BaseAddress { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        using var timeout = new CancellationTokenSource(StartTimeout);
        var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.Qingmeng_AppHost>(
            [$"Infrastructure:DataRoot={_dataRoot}", "DemoData:SeedFigures=false"], timeout.Token);
        builder.Services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        App = await builder.BuildAsync(timeout.Token);
        await App.StartAsync(timeout.Token);
        await App.ResourceNotifications.WaitForResourceHealthyAsync("gateway", timeout.Token);
        foreach (var resource in Resources)
        {
            await App.ResourceNotifications.WaitForResourceHealthyAsync(resource, timeout.Token);
        }
        BaseAddress = App.GetEndpoint("gateway", "http");

        // A loaded two-core machine renders slowly: generous waits for every expectation, never fixed sleeps.
        Assertions.SetDefaultExpectTimeout(60_000);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            // Running as root (CI) needs no sandbox; /dev/shm is small in containers.
            Args = ["--no-sandbox", "--disable-dev-shm-usage"],
        });
    }

    /// <summary>A fresh browser (its own cookies) at phone width, opening pages through the gateway.</summary>
    public async Task<IPage> NewPageAsync(bool phone = true)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseAddress.ToString(),
            Locale = "zh-CN",
            ViewportSize = phone ? new ViewportSize { Width = 375, Height = 812 } : new ViewportSize { Width = 1280, Height = 800 },
        });
        context.SetDefaultTimeout(60_000);
        context.SetDefaultNavigationTimeout(90_000);
        return await context.NewPageAsync();
    }

    /// <summary>Signs in through the identity service's login page (authorization code + PKCE), ending back on the portal.</summary>
    public async Task<IPage> SignInAsync(string userName, string returnPath = "/", bool phone = true)
    {
        var page = await NewPageAsync(phone);
        await page.GotoAsync($"/account/login?returnUrl={Uri.EscapeDataString(returnPath)}");
        await page.GetByLabel("用户名").FillAsync(userName);
        await page.GetByLabel("密码").FillAsync(DemoPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        await page.GetByTestId("signed-in-as").WaitForAsync();
        // Pages stream their data after the layout: acting before the document has loaded would act on the placeholder.
        await page.WaitForLoadStateAsync(LoadState.Load);
        return page;
    }

    /// <summary>A token for a demo account (password grant, local runs only), for the few steps a test prepares through the API.</summary>
    public async Task<HttpClient> ApiClientForAsync(string userName)
    {
        var client = App.CreateHttpClient("gateway");
        var response = await client.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "password",
            ["client_id"] = "qingmeng-demo",
            ["username"] = userName,
            ["password"] = DemoPassword,
            ["scope"] = "openid approval governance policy finance talent",
        }));
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(response.IsSuccessStatusCode, $"Signing in as {userName} failed: {body}");
        client.DefaultRequestHeaders.Authorization = new("Bearer", body.GetProperty("access_token").GetString());
        return client;
    }

    /// <summary>
    /// Reloads the page until <paramref name="locator"/> is there: for what another service makes asynchronously (an offer
    /// made after matching), which no page event announces.
    /// </summary>
    public static async Task ReloadUntilVisibleAsync(IPage page, ILocator locator, TimeSpan timeout, string what)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (await locator.CountAsync() == 0)
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Timed out after {timeout.TotalSeconds:0} s waiting for {what} on {page.Url}");
            }
            await page.WaitForTimeoutAsync(500);
            await page.ReloadAsync();
        }
    }

    public static async Task ScreenshotAsync(IPage page, string name)
    {
        if (ScreenshotDirectory is { } folder)
        {
            Directory.CreateDirectory(folder);
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, name + ".png"), FullPage = false });
        }
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }
        _playwright?.Dispose();
        if (App is not null)
        {
            await App.StopAsync();
            await App.DisposeAsync();
        }
        try
        {
            Directory.Delete(_dataRoot, recursive: true);
        }
        catch (IOException)
        {
            // A server may still be flushing; the folder is in the temp directory and harmless.
        }
    }
}

[CollectionDefinition(Name)]
public sealed class PortalCollection : ICollectionFixture<PortalFixture>
{
    public const string Name = "portal in a browser";
}
