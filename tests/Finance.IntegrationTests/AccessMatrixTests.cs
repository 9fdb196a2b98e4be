using System.Net;
using System.Net.Http.Json;
using Finance.IntegrationTests.Infrastructure;
using Qingmeng.ServiceDefaults.Authentication;

namespace Finance.IntegrationTests;

/// <summary>
/// Every finance endpoint × every role (and anonymous) → the expected status. Roles not listed get 403,
/// anonymous always 401. Allowed calls run against fresh resources in the state the endpoint needs.
/// </summary>
[Collection(FinanceServersCollection.Name)]
public sealed class AccessMatrixTests(PlatformServersFixture servers)
{
    private const string Anonymous = "anonymous";

    private static readonly string[] Callers = [Anonymous, .. PlatformRoles.All];

    private static readonly string[] Readers =
        [PlatformRoles.Firm, PlatformRoles.BankOfficer, PlatformRoles.BankSystem, PlatformRoles.PolicyOfficer, PlatformRoles.Admin];

    private static readonly string[] Officers = [PlatformRoles.PolicyOfficer, PlatformRoles.Admin];

    private static readonly string[] Banks = [PlatformRoles.BankOfficer, PlatformRoles.BankSystem];

    private static readonly string[] FirmAndOfficers = [PlatformRoles.Firm, PlatformRoles.PolicyOfficer, PlatformRoles.Admin];

    private static readonly (string Endpoint, HttpStatusCode Status, string[] Roles)[] Matrix =
    [
        ("GET /api/finance/banks", HttpStatusCode.OK, Readers),
        ("GET /api/finance/products", HttpStatusCode.OK, Readers),
        ("GET /api/finance/products/QZBANK-KCD", HttpStatusCode.OK, Readers),
        ("GET /api/finance/profile", HttpStatusCode.OK, [PlatformRoles.Firm]),
        ("PUT /api/finance/profile", HttpStatusCode.OK, [PlatformRoles.Firm]),
        ("GET /api/finance/profiles/{firmA}", HttpStatusCode.OK, Officers),
        ("POST /api/finance/needs", HttpStatusCode.Created, FirmAndOfficers),
        ("GET /api/finance/needs", HttpStatusCode.OK, FirmAndOfficers),
        ("GET /api/finance/scitech-offers", HttpStatusCode.OK, FirmAndOfficers),
        ("POST /api/finance/referrals", HttpStatusCode.Created, [PlatformRoles.Firm]),
        ("GET /api/finance/referrals", HttpStatusCode.OK, Readers),
        ("GET /api/finance/referrals/{referred}", HttpStatusCode.OK, Readers),
        ("GET /api/finance/referrals/{approved}/schedule", HttpStatusCode.OK, Readers),
        ("POST /api/finance/referrals/{applied}/consent", HttpStatusCode.OK, [PlatformRoles.Firm]),
        ("POST /api/finance/referrals/{referred}/withdraw", HttpStatusCode.OK, [PlatformRoles.Firm]),
        ("POST /api/finance/referrals/{moreInfo}/supply-information", HttpStatusCode.OK, [PlatformRoles.Firm]),
        ("POST /api/finance/referrals/{referred}/accept", HttpStatusCode.OK, Banks),
        ("POST /api/finance/referrals/{referred}/request-information", HttpStatusCode.OK, Banks),
        ("POST /api/finance/referrals/{referred}/approve", HttpStatusCode.OK, Banks),
        ("POST /api/finance/referrals/{referred}/decline", HttpStatusCode.OK, Banks),
        ("POST /api/finance/referrals/{approved}/disburse", HttpStatusCode.OK, Banks),
        ("POST /api/finance/referrals/{disbursed}/repay", HttpStatusCode.OK, Banks),
        ("POST /api/finance/referrals/{disbursed}/renew", HttpStatusCode.OK, Banks),
        ("GET /api/finance/loans/{disbursed}/ledger", HttpStatusCode.OK, Readers),
        ("POST /api/finance/loans/{disbursed}/subsidy-payouts", HttpStatusCode.OK, Officers),
        ("POST /api/finance/whitelist/evaluations", HttpStatusCode.Created, Officers),
        ("POST /api/finance/whitelist/{proposed}/review", HttpStatusCode.OK, Officers),
        ("POST /api/finance/whitelist/{listed}/remove", HttpStatusCode.OK, Officers),
        ("GET /api/finance/whitelist", HttpStatusCode.OK, Readers),
        ("GET /api/finance/whitelist/{proposed}/outcomes", HttpStatusCode.OK, Officers),
        ("POST /api/finance/fund/investments", HttpStatusCode.Created, Officers),
        ("GET /api/finance/fund/investments", HttpStatusCode.OK, Officers),
        ("GET /api/finance/fund/summary", HttpStatusCode.OK, Officers),
        ("GET /api/finance/metrics", HttpStatusCode.OK, Officers),
        ("GET /api/finance/audit", HttpStatusCode.OK, [PlatformRoles.Admin]),
        ("GET /api/finance/notifications", HttpStatusCode.OK, [PlatformRoles.Admin]),
    ];

    [Fact]
    public async Task Every_endpoint_gives_every_role_the_expected_status()
    {
        await using var app = await FinanceApp.StartAsync(servers);
        await app.PutProfileAsync(TestCaller.FirmA);
        var mismatches = new List<string>();
        var checkedCells = 0;

        foreach (var (endpoint, allowedStatus, roles) in Matrix)
        {
            foreach (var role in Callers)
            {
                var allowed = roles.Contains(role);
                var expected = role == Anonymous ? HttpStatusCode.Unauthorized : allowed ? allowedStatus : HttpStatusCode.Forbidden;
                var (method, template) = (endpoint.Split(' ')[0], endpoint.Split(' ')[1]);
                // Refused calls never reach the handler, so they need no real resource.
                var path = allowed && role != Anonymous ? await ResolveAsync(app, template) : Placeholder(template);
                using var client = app.Client(role == Anonymous ? null : TestCaller.ByRole[role]);
                using var request = new HttpRequestMessage(new HttpMethod(method), path) { Content = BodyFor(method, template, role) };
                var response = await client.SendAsync(request);
                checkedCells++;
                if (response.StatusCode != expected)
                {
                    mismatches.Add($"{endpoint} as {role}: expected {(int)expected}, got {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
                }
            }
        }

        Assert.Equal(Matrix.Length * Callers.Length, checkedCells);
        Assert.True(mismatches.Count == 0, string.Join(Environment.NewLine, mismatches));
    }

    private static string Placeholder(string template) =>
        System.Text.RegularExpressions.Regex.Replace(template.Replace("{firmA}", TestTokens.FirmACreditCode), "{[a-zA-Z]+}", Guid.NewGuid().ToString());

    private static async Task<string> ResolveAsync(FinanceApp app, string template)
    {
        var firm = TestCaller.FirmA;
        var bank = TestCaller.BankOfficer;
        var path = template.Replace("{firmA}", TestTokens.FirmACreditCode);
        if (path.Contains("{applied}"))
        {
            path = path.Replace("{applied}", (await app.ApplyAsync(firm)).GetProperty("id").GetString());
        }
        if (path.Contains("{referred}"))
        {
            path = path.Replace("{referred}", (await app.ReferredAsync(firm)).ToString());
        }
        if (path.Contains("{moreInfo}"))
        {
            var id = await app.ReferredAsync(firm);
            await app.PostAsync(bank, $"/api/finance/referrals/{id}/request-information", new { request = "请补充财务报表" });
            path = path.Replace("{moreInfo}", id.ToString());
        }
        if (path.Contains("{approved}"))
        {
            path = path.Replace("{approved}", (await app.ApprovedAsync(firm, bank)).ToString());
        }
        if (path.Contains("{disbursed}"))
        {
            path = path.Replace("{disbursed}", (await app.DisbursedAsync(firm, bank, FinanceApp.Today.AddMonths(-24).AddDays(30))).ToString());
        }
        if (path.Contains("{proposed}") || path.Contains("{listed}") || path.EndsWith("/evaluations", StringComparison.Ordinal))
        {
            await app.ExecuteAsync("DELETE FROM finance.whitelist_entries");
        }
        if (path.Contains("{proposed}") || path.Contains("{listed}"))
        {
            var entry = await app.PostAsync(TestCaller.Admin, "/api/finance/whitelist/evaluations", new { creditCode = firm.CreditCode }, HttpStatusCode.Created);
            var id = entry.GetProperty("id").GetString()!;
            if (path.Contains("{listed}"))
            {
                await app.PostAsync(TestCaller.Admin, $"/api/finance/whitelist/{id}/review", new { list = true, note = "指标达标" });
            }
            path = path.Replace("{proposed}", id).Replace("{listed}", id);
        }
        return path;
    }

    private static HttpContent? BodyFor(string method, string template, string role) => (method, template) switch
    {
        ("PUT", "/api/finance/profile") => JsonContent.Create(FinanceApp.ProfileOf(TestCaller.FirmA.Name, inDifficulty: true)),
        (_, "/api/finance/needs") => JsonContent.Create(new
        {
            amount = 2_000_000m, termMonths = 24, purpose = "购置生产设备",
            creditCode = role == PlatformRoles.Firm ? null : TestTokens.FirmACreditCode,
        }),
        (_, "/api/finance/referrals") => JsonContent.Create(new { productCode = "QZBANK-KCD", amount = 2_000_000m, termMonths = 24, purpose = "流动资金" }),
        (_, _) when template.EndsWith("/consent", StringComparison.Ordinal) => JsonContent.Create(new { consent = true }),
        (_, _) when template.EndsWith("/withdraw", StringComparison.Ordinal) || template.EndsWith("/decline", StringComparison.Ordinal)
            || template.EndsWith("/remove", StringComparison.Ordinal) => JsonContent.Create(new { reason = "权限矩阵测试" }),
        (_, _) when template.EndsWith("/supply-information", StringComparison.Ordinal) => JsonContent.Create(new { response = "已补充" }),
        (_, _) when template.EndsWith("/request-information", StringComparison.Ordinal) => JsonContent.Create(new { request = "请补充材料" }),
        (_, _) when template.EndsWith("/approve", StringComparison.Ordinal) => JsonContent.Create(new { amount = 2_000_000m, annualRatePercent = 3.1m, termMonths = 24 }),
        (_, _) when template.EndsWith("/disburse", StringComparison.Ordinal) => JsonContent.Create(new { amount = 2_000_000m, disbursedOn = FinanceApp.Today }),
        (_, _) when template.EndsWith("/repay", StringComparison.Ordinal) => JsonContent.Create(new { repaidOn = "2027-12-01" }),
        (_, _) when template.EndsWith("/renew", StringComparison.Ordinal) => JsonContent.Create(new { amount = 2_000_000m, annualRatePercent = 3.3m, termMonths = 12, renewedOn = FinanceApp.Today }),
        (_, _) when template.EndsWith("/subsidy-payouts", StringComparison.Ordinal) => JsonContent.Create(new { amount = 1.00m, paidOn = FinanceApp.Today }),
        (_, "/api/finance/whitelist/evaluations") => JsonContent.Create(new { creditCode = TestTokens.FirmACreditCode }),
        (_, _) when template.EndsWith("/review", StringComparison.Ordinal) => JsonContent.Create(new { list = true, note = "指标达标" }),
        ("POST", "/api/finance/fund/investments") => JsonContent.Create(new
        {
            fundCode = "QM-IIF", creditCode = TestTokens.FirmACreditCode, firmName = "泉州杰嘉电子有限公司",
            amount = 20_000_000m, investedOn = "2026-06-30", instrument = "股权投资",
        }),
        ("POST", _) => JsonContent.Create(new { }),
        _ => null,
    };
}
