using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Talent.IntegrationTests.Infrastructure;

namespace Talent.IntegrationTests;

[Collection(TalentServersCollection.Name)]
public sealed class JobPostingTests(PlatformServersFixture servers)
{
    /// <summary>schema.org JobPosting properties a search engine requires, and what each must be.</summary>
    private static readonly string[] RequiredProperties = ["title", "description", "datePosted", "hiringOrganization", "jobLocation"];

    [Fact]
    public async Task A_posting_names_its_firm_as_the_firm_register_does_and_a_firm_unknown_to_the_register_is_422()
    {
        await using var talent = await TalentHost.StartAsync(servers);
        const string organisation = "MA2XYK0A";
        var first17 = "91350503" + organisation + Qingmeng.ServiceDefaults.Validation.UnifiedSocialCreditCode.ComputeOrganizationCodeCheckCharacter(organisation);
        var unregistered = new TestCaller("firm-c-admin", "未登记企业 管理员", [Qingmeng.ServiceDefaults.Authentication.PlatformRoles.Firm],
            first17 + Qingmeng.ServiceDefaults.Validation.UnifiedSocialCreditCode.ComputeCheckCharacter(first17));

        // Firm B's body names another firm; the register's name for firm B is the one shown.
        var id = await talent.PostJobAsync(TestCaller.FirmB);
        using var unknownFirm = talent.Client(unregistered);
        var refused = await TalentHost.JsonAsync(await unknownFirm.PostAsJsonAsync("/api/talent/jobs", TalentHost.PostingBody()), HttpStatusCode.UnprocessableEntity);

        using var anonymous = talent.Anonymous();
        var posting = await anonymous.GetFromJsonAsync<JsonElement>($"/api/talent/jobs/{id}");
        Assert.Equal("福建路金汽车精密零部件有限公司", posting.GetProperty("organizationName").GetString());
        Assert.Equal("creditCode", refused.GetProperty("field").GetString());
        Assert.Contains("注册企业名录", refused.GetProperty("title").GetString());
        Assert.Equal(1, await talent.ScalarAsync("SELECT count(*) FROM talent.job_postings"));
    }

    [Fact]
    public async Task The_JSON_LD_url_is_the_public_address_configured_for_the_platform_not_the_services_own()
    {
        await using var talent = await TalentHost.StartAsync(servers, new Dictionary<string, string> { ["Platform:PublicBaseUrl"] = "https://zwfw.qingmeng.example.cn" });
        var id = await talent.PostJobAsync();
        using var anonymous = talent.Anonymous();

        var document = JsonDocument.Parse(await anonymous.GetStringAsync($"/api/talent/jobs/{id}/jsonld")).RootElement;

        Assert.Equal($"https://zwfw.qingmeng.example.cn/api/talent/jobs/{id}", document.GetProperty("url").GetString());
    }

    [Fact]
    public async Task The_public_JSON_LD_view_satisfies_the_JobPosting_required_fields()
    {
        await using var talent = await TalentHost.StartAsync(servers);
        var id = await talent.PostJobAsync();
        using var anonymous = talent.Anonymous();

        var response = await anonymous.GetAsync($"/api/talent/jobs/{id}/jsonld");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/ld+json", response.Content.Headers.ContentType?.MediaType);
        var text = await response.Content.ReadAsStringAsync();
        Assert.Contains("SMT贴片操作工", text, StringComparison.Ordinal); // UTF-8, not \u escapes
        var document = JsonDocument.Parse(text).RootElement;
        Assert.StartsWith("https://schema.org", document.GetProperty("@context").GetString());
        Assert.Equal("JobPosting", document.GetProperty("@type").GetString());
        foreach (var property in RequiredProperties)
        {
            Assert.True(document.TryGetProperty(property, out var found) && found.ValueKind != JsonValueKind.Null, $"missing {property}");
        }
        Assert.True(DateOnly.TryParseExact(document.GetProperty("datePosted").GetString(), "yyyy-MM-dd", out _));
        Assert.True(DateTimeOffset.TryParse(document.GetProperty("validThrough").GetString(), out _));
        var organization = document.GetProperty("hiringOrganization");
        Assert.Equal("Organization", organization.GetProperty("@type").GetString());
        Assert.Equal("泉州杰嘉电子有限公司", organization.GetProperty("name").GetString());
        var place = document.GetProperty("jobLocation");
        Assert.Equal("Place", place.GetProperty("@type").GetString());
        Assert.Equal("PostalAddress", place.GetProperty("address").GetProperty("@type").GetString());
        Assert.Equal("CN", place.GetProperty("address").GetProperty("addressCountry").GetString());
        Assert.Contains(document.GetProperty("employmentType").GetString(), new[] { "FULL_TIME", "PART_TIME", "CONTRACTOR", "TEMPORARY", "INTERN" });
        var salary = document.GetProperty("baseSalary");
        Assert.Equal("MonetaryAmount", salary.GetProperty("@type").GetString());
        Assert.Equal("CNY", salary.GetProperty("currency").GetString());
        var value = salary.GetProperty("value");
        Assert.Equal("QuantitativeValue", value.GetProperty("@type").GetString());
        Assert.True(value.GetProperty("minValue").GetDecimal() <= value.GetProperty("maxValue").GetDecimal());
        Assert.Contains(value.GetProperty("unitText").GetString(), new[] { "HOUR", "DAY", "WEEK", "MONTH", "YEAR" });
    }

    [Fact]
    public async Task Search_finds_postings_by_Chinese_keyword_salary_location_and_type()
    {
        await using var talent = await TalentHost.StartAsync(servers);
        await talent.PostJobAsync(body: TalentHost.PostingBody("数控车床操作工", 6_000, 9_000, "FullTime", "南环路工业区"));
        await talent.PostJobAsync(body: TalentHost.PostingBody("质量检验员", 5_000, 6_500, "FullTime", "清濛园区"));
        await talent.PostJobAsync(TestCaller.FirmB, TalentHost.PostingBody("暑期装配兼职", 22, 28, "PartTime", "清濛园区"));
        using var anonymous = talent.Anonymous();

        async Task<string[]> TitlesAsync(string query)
        {
            var page = await TalentHost.JsonAsync(await anonymous.GetAsync("/api/talent/jobs?" + query), HttpStatusCode.OK);
            return page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("title").GetString()!).Order().ToArray();
        }

        Assert.Equal(["数控车床操作工"], await TitlesAsync("keyword=" + Uri.EscapeDataString("车床")));
        Assert.Equal(["数控车床操作工"], await TitlesAsync("minSalary=8000"));
        Assert.Equal(["数控车床操作工"], await TitlesAsync("location=" + Uri.EscapeDataString("南环路")));
        Assert.Equal(["暑期装配兼职"], await TitlesAsync("employmentType=PartTime"));
        Assert.Equal(["质量检验员"], await TitlesAsync("keyword=" + Uri.EscapeDataString("检验") + "&location=" + Uri.EscapeDataString("清濛")));
        Assert.Empty(await TitlesAsync("keyword=" + Uri.EscapeDataString("100%")));
    }

    [Fact]
    public async Task A_reversed_salary_range_is_a_400_naming_salaryMax_and_nothing_is_written()
    {
        await using var talent = await TalentHost.StartAsync(servers);
        using var client = talent.Client(TestCaller.FirmA);

        var response = await client.PostAsJsonAsync("/api/talent/jobs", TalentHost.PostingBody(min: 9_000, max: 6_000));

        var problem = await TalentHost.JsonAsync(response, HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("salaryMax", out _), problem.ToString());
        Assert.Equal(0, await talent.ScalarAsync("SELECT count(*) FROM talent.job_postings"));
        Assert.Equal(0, await talent.ScalarAsync("SELECT count(*) FROM talent.audit_records"));
    }

    [Theory]
    [InlineData(91.0, 118.5, "latitude")]
    [InlineData(24.8, 181.0, "longitude")]
    public async Task Coordinates_out_of_range_are_a_400_naming_the_field(double latitude, double longitude, string field)
    {
        await using var talent = await TalentHost.StartAsync(servers);
        using var client = talent.Client(TestCaller.FirmA);

        var response = await client.PostAsJsonAsync("/api/talent/jobs", TalentHost.PostingBody(latitude: latitude, longitude: longitude));

        var problem = await TalentHost.JsonAsync(response, HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
        Assert.Equal(0, await talent.ScalarAsync("SELECT count(*) FROM talent.job_postings"));
    }

    [Fact]
    public async Task A_validThrough_in_the_past_is_a_400_naming_the_field()
    {
        await using var talent = await TalentHost.StartAsync(servers);
        using var client = talent.Client(TestCaller.FirmA);

        var response = await client.PostAsJsonAsync("/api/talent/jobs", TalentHost.PostingBody(validThrough: DateTimeOffset.UtcNow.AddDays(-1)));

        var problem = await TalentHost.JsonAsync(response, HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("validThrough", out _), problem.ToString());
    }

    [Fact]
    public async Task Applying_to_an_expired_posting_is_a_422_and_nothing_is_written()
    {
        await using var talent = await TalentHost.StartAsync(servers);
        var id = await talent.PostJobAsync();
        await talent.ExecuteAsync($"UPDATE talent.job_postings SET valid_through = now() - interval '1 hour' WHERE id = '{id}'");
        using var citizen = talent.Client(TalentHost.Citizen(1));

        var response = await citizen.PostAsJsonAsync($"/api/talent/jobs/{id}/applications", Application(1));

        var problem = await TalentHost.JsonAsync(response, HttpStatusCode.UnprocessableEntity);
        Assert.Equal("validThrough", problem.GetProperty("field").GetString());
        Assert.Equal(0, await talent.ScalarAsync("SELECT count(*) FROM talent.job_applications"));
        // Nor does an expired posting show in search.
        using var anonymous = talent.Anonymous();
        var page = await TalentHost.JsonAsync(await anonymous.GetAsync("/api/talent/jobs"), HttpStatusCode.OK);
        Assert.Equal(0, page.GetProperty("count").GetInt64());
    }

    [Fact]
    public async Task An_application_shows_the_owning_firm_the_contact_in_clear_and_nobody_else()
    {
        await using var talent = await TalentHost.StartAsync(servers);
        var id = await talent.PostJobAsync();
        using var citizen = talent.Client(TalentHost.Citizen(1));
        await TalentHost.IdOfAsync(await citizen.PostAsJsonAsync($"/api/talent/jobs/{id}/applications", Application(1)), HttpStatusCode.Created);

        using var firmA = talent.Client(TestCaller.FirmA);
        var page = await TalentHost.JsonAsync(await firmA.GetAsync($"/api/talent/jobs/{id}/applications"), HttpStatusCode.OK);
        var application = Assert.Single(page.GetProperty("items").EnumerateArray().ToList());
        Assert.Equal("13805951234", application.GetProperty("phone").GetString());
        Assert.DoesNotContain(TalentHost.ResidentId(1), application.ToString(), StringComparison.Ordinal);

        using var firmB = talent.Client(TestCaller.FirmB);
        Assert.Equal(HttpStatusCode.NotFound, (await firmB.GetAsync($"/api/talent/jobs/{id}/applications")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await firmB.PostAsync($"/api/talent/jobs/{id}/close", null)).StatusCode);

        // Applying twice for the same person is refused.
        var again = await citizen.PostAsJsonAsync($"/api/talent/jobs/{id}/applications", Application(1));
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.DoesNotContain(talent.Host.Logs.Lines, line => line.Contains(TalentHost.ResidentId(1), StringComparison.Ordinal) || line.Contains("13805951234", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Closing_a_posting_from_eight_sessions_at_once_closes_it_once_and_tells_the_others_it_is_closed()
    {
        await using var talent = await TalentHost.StartAsync(servers);
        var id = await talent.PostJobAsync();
        var sessions = Enumerable.Range(0, 8).Select(_ => talent.Client(TestCaller.FirmA)).ToList();

        using var start = new SemaphoreSlim(0);
        var attempts = sessions.Select(async client =>
        {
            await start.WaitAsync();
            var response = await client.PostAsync($"/api/talent/jobs/{id}/close", null);
            return (response.StatusCode, Body: await response.Content.ReadAsStringAsync());
        }).ToList();
        start.Release(sessions.Count);
        var outcomes = await Task.WhenAll(attempts);

        Assert.Equal(1, outcomes.Count(o => o.StatusCode == HttpStatusCode.OK));
        Assert.All(outcomes.Where(o => o.StatusCode != HttpStatusCode.OK), o =>
        {
            Assert.Equal(HttpStatusCode.Conflict, o.StatusCode);
            Assert.Equal("status", JsonDocument.Parse(o.Body).RootElement.GetProperty("field").GetString());
        });
        Assert.Equal(1, await talent.ScalarAsync($"SELECT count(*) FROM talent.audit_records WHERE action = 'job.closed' AND resource_id = '{id}'"));
        foreach (var client in sessions)
        {
            client.Dispose();
        }
    }

    [Fact]
    public async Task Posting_twice_with_the_same_idempotency_key_creates_one_posting()
    {
        await using var talent = await TalentHost.StartAsync(servers);
        using var client = talent.Client(TestCaller.FirmA);
        using var first = new HttpRequestMessage(HttpMethod.Post, "/api/talent/jobs") { Content = JsonContent.Create(TalentHost.PostingBody()) };
        first.Headers.Add("Idempotency-Key", "job-1");
        using var second = new HttpRequestMessage(HttpMethod.Post, "/api/talent/jobs") { Content = JsonContent.Create(TalentHost.PostingBody()) };
        second.Headers.Add("Idempotency-Key", "job-1");

        var created = await TalentHost.IdOfAsync(await client.SendAsync(first), HttpStatusCode.Created);
        var repeated = await TalentHost.IdOfAsync(await client.SendAsync(second), HttpStatusCode.OK);

        Assert.Equal(created, repeated);
        Assert.Equal(1, await talent.ScalarAsync("SELECT count(*) FROM talent.job_postings"));
    }

    internal static object Application(int person) => new
    {
        applicantName = "陈志强",
        phone = "13805951234",
        residentIdNumber = TalentHost.ResidentId(person),
        coverLetter = "有三年SMT产线经验。",
    };
}
