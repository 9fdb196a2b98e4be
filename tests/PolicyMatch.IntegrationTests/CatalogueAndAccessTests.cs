using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PolicyMatch.IntegrationTests.Infrastructure;
using static PolicyMatch.IntegrationTests.Infrastructure.PolicyHost;

namespace PolicyMatch.IntegrationTests;

[Collection(PlatformServersCollection.Name)]
public sealed class CatalogueAndAccessTests(PlatformServersFixture servers)
{
    [Fact]
    public async Task A_fresh_database_holds_the_85_policies_in_8_categories_in_force_with_their_clauses()
    {
        await using var policy = await StartAsync(servers);
        using var client = policy.Client(TestCaller.FirmA);

        var page = await EnsureAsync(await client.GetAsync("/api/policy/policies?pageSize=100"), HttpStatusCode.OK);
        Assert.Equal(85, page.GetProperty("count").GetInt32());
        var items = page.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(8, items.Select(i => i.GetProperty("category").GetString()).Distinct().Count());

        var detail = await EnsureAsync(await client.GetAsync("/api/policy/policies/QM-KJ-001"), HttpStatusCode.OK);
        var current = detail.GetProperty("current");
        Assert.Equal("国家高新技术企业首次认定奖励", current.GetProperty("title").GetString());
        Assert.Equal("Published", current.GetProperty("status").GetString());
        Assert.True(current.GetProperty("clauses").GetArrayLength() >= 3);
        Assert.StartsWith("第一条", current.GetProperty("clauses")[0].GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Equal("allOf", current.GetProperty("conditions").GetProperty("$type").GetString());

        var tagged = await EnsureAsync(await client.GetAsync("/api/policy/policies?tag=专精特新&pageSize=100"), HttpStatusCode.OK);
        Assert.InRange(tagged.GetProperty("count").GetInt32(), 1, 84);

        // Every catalogue policy's PolicyPublished is in the outbox and a budget ledger is open for it.
        Assert.Equal(85, await policy.ScalarAsync("SELECT count(*) FROM policy.outbox_messages WHERE event_type LIKE '%PolicyPublished%'"));
        Assert.Equal(85, await policy.ScalarAsync("SELECT count(*) FROM policy.budget_ledgers WHERE period = '2026'"));
    }

    [Fact]
    public async Task Every_endpoint_admits_exactly_its_roles()
    {
        await using var policy = await StartAsync(servers);
        var firm = TestCaller.FirmA;
        var officers = new[] { TestCaller.PolicyOfficer, TestCaller.Admin };
        var outsiders = new[] { TestCaller.Citizen, TestCaller.BankOfficer, TestCaller.Dispatcher, TestCaller.BankSystem };
        var failures = new List<string>();

        async Task Expect(TestCaller? caller, HttpMethod method, string path, HttpStatusCode expected)
        {
            using var client = caller is null ? policy.Anonymous() : policy.Client(caller);
            using var request = new HttpRequestMessage(method, path);
            if (method != HttpMethod.Get)
            {
                request.Content = JsonContent.Create(new { });
            }
            using var response = await client.SendAsync(request);
            if (response.StatusCode != expected)
            {
                failures.Add($"{caller?.Subject ?? "anonymous"} {method} {path}: {(int)response.StatusCode}, expected {(int)expected}");
            }
        }

        var everyone = new (HttpMethod, string)[] { (HttpMethod.Get, "/api/policy/policies"), (HttpMethod.Get, "/api/policy/policies/QM-KJ-001"), (HttpMethod.Get, "/api/policy/fields") };
        var officersOnly = new (HttpMethod, string)[]
        {
            (HttpMethod.Get, "/api/policy/profiles"), (HttpMethod.Get, "/api/policy/cultivation-pool"), (HttpMethod.Get, "/api/policy/budgets"),
            (HttpMethod.Get, "/api/policy/policies/QM-KJ-001/candidates"), (HttpMethod.Get, "/api/policy/disbursements/summary?period=2026"),
            (HttpMethod.Get, "/api/policy/signals"), (HttpMethod.Get, $"/api/policy/profiles/{firm.CreditCode}/matches"),
        };
        var firmsOnly = new (HttpMethod, string)[] { (HttpMethod.Get, "/api/policy/matches/me"), (HttpMethod.Get, "/api/policy/matches/me/QM-KJ-001") };
        var firmsAndOfficers = new (HttpMethod, string)[] { (HttpMethod.Get, "/api/policy/claims"), (HttpMethod.Get, "/api/policy/disbursements") };

        foreach (var (method, path) in everyone.Concat(officersOnly).Concat(firmsOnly).Concat(firmsAndOfficers))
        {
            await Expect(null, method, path, HttpStatusCode.Unauthorized);
        }
        foreach (var (method, path) in everyone)
        {
            foreach (var caller in officers.Append(firm).Concat(outsiders))
            {
                await Expect(caller, method, path, HttpStatusCode.OK);
            }
        }
        foreach (var (method, path) in officersOnly)
        {
            foreach (var caller in officers)
            {
                await Expect(caller, method, path, HttpStatusCode.OK);
            }
            foreach (var caller in outsiders.Append(firm))
            {
                await Expect(caller, method, path, HttpStatusCode.Forbidden);
            }
        }
        foreach (var (method, path) in firmsOnly)
        {
            await Expect(firm, method, path, HttpStatusCode.OK);
            foreach (var caller in outsiders.Concat(officers))
            {
                await Expect(caller, method, path, HttpStatusCode.Forbidden);
            }
        }
        foreach (var (method, path) in firmsAndOfficers)
        {
            foreach (var caller in officers.Append(firm))
            {
                await Expect(caller, method, path, HttpStatusCode.OK);
            }
            foreach (var caller in outsiders)
            {
                await Expect(caller, method, path, HttpStatusCode.Forbidden);
            }
        }

        // Writes: officers reach validation (400 on an empty body); nobody else gets that far.
        var officerWrites = new (HttpMethod, string)[]
        {
            (HttpMethod.Post, "/api/policy/policies"), (HttpMethod.Put, "/api/policy/policies/QM-KJ-001/draft"),
            (HttpMethod.Post, "/api/policy/policies/QM-KJ-001/retire"), (HttpMethod.Put, $"/api/policy/profiles/{firm.CreditCode}/facts"),
            (HttpMethod.Post, $"/api/policy/claims/{Guid.NewGuid()}/reject"),
        };
        foreach (var (method, path) in officerWrites)
        {
            await Expect(TestCaller.PolicyOfficer, method, path, HttpStatusCode.BadRequest);
            foreach (var caller in outsiders.Append(firm))
            {
                await Expect(caller, method, path, HttpStatusCode.Forbidden);
            }
        }
        await Expect(TestCaller.PolicyOfficer, HttpMethod.Post, "/api/policy/policies/QM-KJ-001/publish", HttpStatusCode.UnprocessableEntity); // no draft
        await Expect(firm, HttpMethod.Post, "/api/policy/policies/QM-KJ-001/publish", HttpStatusCode.Forbidden);
        await Expect(TestCaller.PolicyOfficer, HttpMethod.Post, $"/api/policy/claims/{Guid.NewGuid()}/approve", HttpStatusCode.NotFound);
        await Expect(firm, HttpMethod.Post, $"/api/policy/claims/{Guid.NewGuid()}/approve", HttpStatusCode.Forbidden);
        await Expect(TestCaller.PolicyOfficer, HttpMethod.Post, $"/api/policy/profiles/{firm.CreditCode}/declarations/employees/verify", HttpStatusCode.NotFound);
        foreach (var caller in outsiders.Append(firm))
        {
            await Expect(caller, HttpMethod.Post, $"/api/policy/profiles/{firm.CreditCode}/declarations/employees/verify", HttpStatusCode.Forbidden);
        }

        var firmWrites = new (HttpMethod, string)[] { (HttpMethod.Put, "/api/policy/profiles/me"), (HttpMethod.Put, "/api/policy/profiles/me/facts"), (HttpMethod.Post, "/api/policy/claims") };
        foreach (var (method, path) in firmWrites)
        {
            await Expect(firm, method, path, HttpStatusCode.BadRequest);
            foreach (var caller in outsiders.Concat(officers))
            {
                await Expect(caller, method, path, HttpStatusCode.Forbidden);
            }
        }
        await Expect(firm, HttpMethod.Post, $"/api/policy/claims/{Guid.NewGuid()}/confirm", HttpStatusCode.NotFound);
        await Expect(TestCaller.PolicyOfficer, HttpMethod.Post, $"/api/policy/claims/{Guid.NewGuid()}/confirm", HttpStatusCode.Forbidden);
        await Expect(TestCaller.Admin, HttpMethod.Get, "/api/policy/notifications", HttpStatusCode.OK);
        await Expect(TestCaller.PolicyOfficer, HttpMethod.Get, "/api/policy/notifications", HttpStatusCode.Forbidden);

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    [Fact]
    public async Task A_firm_never_sees_another_firms_profile_matches_claims_or_payments()
    {
        await using var policy = await StartAsync(servers);
        var firmA = NewFirm("泉州杰嘉电子有限公司");
        var firmB = NewFirm("福建路金汽车精密零部件有限公司");
        await policy.RegisterAsync(firmA, new { inventionPatents = 6, creditStanding = "A" }, mobile: "13805951234");
        await policy.RegisterAsync(firmB, new { inventionPatents = 1, creditStanding = "B" });

        using var a = policy.Client(firmA);
        using var b = policy.Client(firmB);
        var applied = await EnsureAsync(await a.PostAsJsonAsync("/api/policy/claims", new { policyCode = "QM-KJ-007", statement = "2025年新增授权发明专利6件" }), HttpStatusCode.Created);
        var claimId = applied.GetProperty("claim").GetProperty("id").GetGuid();

        Assert.Equal(HttpStatusCode.NotFound, (await b.GetAsync($"/api/policy/claims/{claimId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await b.PostAsync($"/api/policy/claims/{claimId}/confirm", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await b.PostAsync($"/api/policy/claims/{claimId}/decline", null)).StatusCode);
        var bClaims = await EnsureAsync(await b.GetAsync("/api/policy/claims"), HttpStatusCode.OK);
        Assert.Equal(0, bClaims.GetProperty("count").GetInt32());
        var aClaims = await EnsureAsync(await a.GetAsync("/api/policy/claims"), HttpStatusCode.OK);
        Assert.Equal(1, aClaims.GetProperty("count").GetInt32());
        Assert.Equal(HttpStatusCode.Forbidden, (await b.GetAsync($"/api/policy/profiles/{firmA.CreditCode}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await b.GetAsync($"/api/policy/profiles/{firmA.CreditCode}/matches/QM-KJ-007")).StatusCode);

        var own = await EnsureAsync(await b.GetAsync("/api/policy/profiles/me"), HttpStatusCode.OK);
        Assert.Equal(firmB.CreditCode, own.GetProperty("creditCode").GetString());
        var bMatch = await EnsureAsync(await b.GetAsync("/api/policy/matches/me/QM-KJ-007"), HttpStatusCode.OK);
        Assert.Equal(10000m, bMatch.GetProperty("amount").GetDecimal()); // B's own facts (1 patent), not A's (6)

        // The officer pays A; B's ledger view stays empty.
        using var officer = policy.Client(TestCaller.PolicyOfficer);
        await EnsureAsync(await officer.PostAsync($"/api/policy/claims/{claimId}/approve", null), HttpStatusCode.OK);
        var bPayments = await EnsureAsync(await b.GetAsync("/api/policy/disbursements"), HttpStatusCode.OK);
        Assert.Equal(0, bPayments.GetProperty("count").GetInt32());
        var aPayments = await EnsureAsync(await a.GetAsync("/api/policy/disbursements"), HttpStatusCode.OK);
        Assert.Equal(firmA.CreditCode, aPayments.GetProperty("items")[0].GetProperty("creditCode").GetString());
    }
}
