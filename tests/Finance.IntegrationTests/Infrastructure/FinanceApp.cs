using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Qingmeng.Finance.Infrastructure;
using Qingmeng.ServiceDefaults.Authentication;
using Qingmeng.ServiceDefaults.Validation;

namespace Finance.IntegrationTests.Infrastructure;

/// <summary>The finance service as a real host on a fresh database and the shared broker, with helpers that drive a referral.</summary>
public sealed class FinanceApp : IAsyncDisposable
{
    public static readonly string Audience = PlatformScopes.Audiences[PlatformScopes.Finance];

    /// <summary>An officer of a second partner bank, to prove banks never see each other's referrals.</summary>
    public static readonly TestCaller OtherBankOfficer = new("bank-officer-cib", "陈信贷", [PlatformRoles.BankOfficer], BankCode: "CIBQZ");

    public static readonly TestCaller OtherBankSystem = new("bank-cibqz-system", "兴业银行对接系统", [PlatformRoles.BankSystem], BankCode: "CIBQZ");

    private readonly PlatformServersFixture _servers;
    private readonly List<ServiceHost<Program>> _hosts = [];

    private FinanceApp(PlatformServersFixture servers, string database)
    {
        _servers = servers;
        Database = database;
    }

    public string Database { get; }

    public ServiceHost<Program> Host => _hosts[0];

    public static async Task<FinanceApp> StartAsync(PlatformServersFixture servers, IReadOnlyDictionary<string, string>? settings = null)
    {
        var app = new FinanceApp(servers, await servers.CreateDatabaseAsync("financedb"));
        app.AddReplica(settings);
        // The firm register's replica, as FirmRegistered would have filled it on the platform.
        await app.RegisterFirmAsync(TestTokens.FirmACreditCode, "泉州杰嘉电子有限公司");
        await app.RegisterFirmAsync(TestTokens.FirmBCreditCode, "福建路金汽车精密零部件有限公司");
        return app;
    }

    /// <summary>Puts a firm into the replica of the zone's firm register (governance publishes it as <c>FirmRegistered</c>).</summary>
    public async Task RegisterFirmAsync(string creditCode, string name)
    {
        await using var scope = Host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FinanceContext>();
        var firm = Qingmeng.Finance.Model.RegisteredFirm.Learn(creditCode, DateTimeOffset.UtcNow);
        firm.Apply(name, "C39", "M", "泉州清濛经济技术开发区", new DateOnly(2018, 5, 8), DateTimeOffset.UtcNow, DateTimeOffset.UtcNow);
        db.Firms.Add(firm);
        await db.SaveChangesAsync();
    }

    /// <summary>Another replica of the service on the same database (as Kubernetes would run two pods).</summary>
    public ServiceHost<Program> AddReplica(IReadOnlyDictionary<string, string>? settings = null)
    {
        var all = ServiceHost<Program>.FastMessagingSettings();
        all["ConnectionStrings:financedb"] = Database;
        all["ConnectionStrings:eventbus"] = _servers.RabbitMq.ConnectionString;
        // Jobs run only when a test asks, so each test decides when a round happens.
        all["Scheduling:Enabled"] = "false";
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            all[key] = value;
        }
        var host = new ServiceHost<Program>(all);
        _ = host.Server;
        _hosts.Add(host);
        return host;
    }

    public HttpClient Client(TestCaller? caller) => caller is null ? Host.CreateClient() : Host.CreateClient(caller, Audience);

    public IServiceScope Scope() => Host.Services.CreateScope();

    public Task<long> ScalarAsync(string sql) => _servers.ScalarAsync(Database, sql);

    public Task ExecuteAsync(string sql) => _servers.ExecuteAsync(Database, sql);

    public static object ProfileOf(string name, bool inDifficulty = false, int inventionPatents = 4, decimal rdRatio = 5.2m, bool overdue = false) => new
    {
        name,
        annualRevenue = 86_000_000m,
        revenueGrowthPercent = 18.5m,
        rdRatioPercent = rdRatio,
        inventionPatents,
        otherPatents = 12,
        employees = 186,
        yearsInOperation = 9,
        creditRating = "AA",
        isSpecialisedSme = true,
        isHighTech = true,
        hasOverdueLoans = overdue,
        inDifficulty,
        inThreeStriveCampaign = true,
    };

    public async Task PutProfileAsync(TestCaller firm, object? profile = null)
    {
        using var client = Client(firm);
        var response = await client.PutAsJsonAsync("/api/finance/profile", profile ?? ProfileOf(firm.Name, inDifficulty: true));
        await ExpectAsync(response, HttpStatusCode.OK);
    }

    public async Task<JsonElement> ApplyAsync(TestCaller firm, string productCode = "QZBANK-KCD", decimal amount = 2_000_000m, int termMonths = 24)
    {
        using var client = Client(firm);
        var response = await client.PostAsJsonAsync("/api/finance/referrals", new { productCode, amount, termMonths, purpose = "研发中心建设及流动资金" });
        return await ExpectAsync(response, HttpStatusCode.Created);
    }

    public async Task<Guid> ReferredAsync(TestCaller firm, string productCode = "QZBANK-KCD", decimal amount = 2_000_000m, int termMonths = 24)
    {
        var id = (await ApplyAsync(firm, productCode, amount, termMonths)).GetProperty("id").GetGuid();
        await PostAsync(firm, $"/api/finance/referrals/{id}/consent", new { consent = true });
        return id;
    }

    public async Task<Guid> ApprovedAsync(TestCaller firm, TestCaller bank, decimal amount = 2_000_000m, int termMonths = 24, string productCode = "QZBANK-KCD")
    {
        var id = await ReferredAsync(firm, productCode, amount, termMonths);
        await PostAsync(bank, $"/api/finance/referrals/{id}/approve", new { amount, annualRatePercent = 3.1m, termMonths });
        return id;
    }

    /// <summary>A loan disbursed on <paramref name="disbursedOn"/>; for a day already past, the bank approved it that morning.</summary>
    public async Task<Guid> DisbursedAsync(TestCaller firm, TestCaller bank, DateOnly disbursedOn, decimal amount = 2_000_000m, int termMonths = 24, string productCode = "QZBANK-KCD")
    {
        var id = await ApprovedAsync(firm, bank, amount, termMonths, productCode);
        if (disbursedOn < Today)
        {
            await BackdateApprovalAsync(id, disbursedOn);
        }
        await PostAsync(bank, $"/api/finance/referrals/{id}/disburse", new { amount, disbursedOn });
        return id;
    }

    /// <summary>Today in China (Asia/Shanghai), the date the service judges business dates by.</summary>
    public static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));

    /// <summary>
    /// The service runs on the wall clock, so a loan disbursed in the past needs an approval from back then: the
    /// decision is moved to 09:00 China time on <paramref name="approvedOn"/>.
    /// </summary>
    public Task BackdateApprovalAsync(Guid referralId, DateOnly approvedOn) =>
        ExecuteAsync($"UPDATE finance.referrals SET decided_at = '{approvedOn:yyyy-MM-dd}T09:00:00+08:00' WHERE id = '{referralId}'");

    /// <summary>An administrative penalty governance reported and nobody repaired (the fact <c>openPenalties</c>).</summary>
    public Task RecordOpenPenaltyAsync(string creditCode, string reference) =>
        ExecuteAsync($"""
            INSERT INTO finance.credit_records (credit_code, penalty_reference, category, fine_amount, decided_on, updated_at)
            VALUES ('{creditCode}', '{reference}', '环境保护', 50000, '2026-10-20', now())
            """);

    public async Task<JsonElement> PostAsync(TestCaller caller, string path, object? body = null, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var client = Client(caller);
        var response = await client.PostAsJsonAsync(path, body ?? new { });
        return await ExpectAsync(response, expected);
    }

    public async Task<JsonElement> GetAsync(TestCaller caller, string path, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var client = Client(caller);
        return await ExpectAsync(await client.GetAsync(path), expected);
    }

    public static async Task<JsonElement> ExpectAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri}: expected {(int)expected}, got {(int)response.StatusCode} {body}");
        return body.Length == 0 ? default : JsonDocument.Parse(body).RootElement.Clone();
    }

    /// <summary>A fresh, valid unified social credit code (both check characters computed).</summary>
    public static string NewCreditCode()
    {
        var organisation = new string(Guid.NewGuid().ToByteArray().Take(8).Select(b => (char)('0' + (b % 10))).ToArray());
        var first17 = "91350500" + organisation + UnifiedSocialCreditCode.ComputeOrganizationCodeCheckCharacter(organisation);
        return first17 + UnifiedSocialCreditCode.ComputeCheckCharacter(first17);
    }

    public static TestCaller NewFirm(string name = "泉州新材料科技有限公司") =>
        new($"firm-{Guid.NewGuid():N}"[..20], name, [PlatformRoles.Firm], NewCreditCode());

    public async ValueTask DisposeAsync()
    {
        foreach (var host in _hosts)
        {
            // The bus stops completely before the host goes. A host's shutdown timeout can cut its bus's stop short on a
            // loaded machine; the bus then keeps consuming from finance's shared queues with a disposed container, and
            // a later test's events go to it round-robin instead of to that test's host.
            using (var stopping = new CancellationTokenSource(TimeSpan.FromMinutes(2)))
            {
                await host.Services.GetRequiredService<IBusControl>().StopAsync(stopping.Token);
            }
            await host.DisposeAsync();
        }
    }
}
