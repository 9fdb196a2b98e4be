using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Qingmeng.ServiceDefaults.Authentication;
using Talent.IntegrationTests.Infrastructure;

namespace Talent.IntegrationTests;

/// <summary>
/// Who may assert what: a citizen acts only as the person their token names, an arbitrary resident ID is an officer's
/// question, a hire needs an application, and the same caller's idempotency key gives one effect however it races.
/// </summary>
[Collection(TalentServersCollection.Name)]
public sealed class TrustBoundaryTests(PlatformServersFixture servers)
{
    [Fact]
    public async Task A_citizen_cannot_apply_for_a_job_as_someone_else()
    {
        await using var talent = await TalentHost.StartAsync(servers);
        var posting = await talent.PostJobAsync();
        using var citizen = talent.Client(TalentHost.Citizen(101));
        using var unverified = talent.Client(TestCaller.Citizen);

        var asSomeoneElse = await citizen.PostAsJsonAsync($"/api/talent/jobs/{posting}/applications", JobPostingTests.Application(102));
        var withoutVerifiedId = await unverified.PostAsJsonAsync($"/api/talent/jobs/{posting}/applications", JobPostingTests.Application(102));

        Assert.Equal("residentIdNumber", (await TalentHost.JsonAsync(asSomeoneElse, HttpStatusCode.Forbidden)).GetProperty("field").GetString());
        Assert.Equal("residentIdNumber", (await TalentHost.JsonAsync(withoutVerifiedId, HttpStatusCode.Forbidden)).GetProperty("field").GetString());
        Assert.Equal(0, await talent.ScalarAsync("SELECT count(*) FROM talent.job_applications"));
        // As themselves they may.
        await TalentHost.IdOfAsync(await citizen.PostAsJsonAsync($"/api/talent/jobs/{posting}/applications", JobPostingTests.Application(101)), HttpStatusCode.Created);
    }

    [Fact]
    public async Task A_citizen_cannot_join_the_apartment_waitlist_as_a_certified_talent_they_are_not()
    {
        await using var talent = await TalentHost.StartAsync(servers);
        await CertifyAsync(talent, 103, "A");
        using var citizen = talent.Client(TalentHost.Citizen(104));

        var response = await citizen.PostAsJsonAsync("/api/talent/apartments/applications", HousingApplication(103));

        Assert.Equal("residentIdNumber", (await TalentHost.JsonAsync(response, HttpStatusCode.Forbidden)).GetProperty("field").GetString());
        Assert.Equal(0, await talent.ScalarAsync("SELECT count(*) FROM talent.housing_applications"));
        using var talentHimself = talent.Client(TalentHost.Citizen(103));
        await TalentHost.IdOfAsync(await talentHimself.PostAsJsonAsync("/api/talent/apartments/applications", HousingApplication(103)), HttpStatusCode.Created);
    }

    [Fact]
    public async Task A_citizen_may_check_only_their_own_apartment_eligibility()
    {
        await using var talent = await TalentHost.StartAsync(servers);
        await CertifyAsync(talent, 105, "B");
        using var citizen = talent.Client(TalentHost.Citizen(106));

        var someoneElse = await citizen.PostAsJsonAsync("/api/talent/apartments/eligibility", new { residentIdNumber = TalentHost.ResidentId(105) });
        var own = await citizen.PostAsJsonAsync("/api/talent/apartments/eligibility", new { residentIdNumber = TalentHost.ResidentId(106) });

        Assert.Equal("residentIdNumber", (await TalentHost.JsonAsync(someoneElse, HttpStatusCode.Forbidden)).GetProperty("field").GetString());
        Assert.Equal("NotMet", (await TalentHost.JsonAsync(own, HttpStatusCode.OK)).GetProperty("outcome").GetString());
    }

    [Fact]
    public async Task An_officer_may_check_the_apartment_eligibility_of_any_resident_id()
    {
        await using var talent = await TalentHost.StartAsync(servers);
        await CertifyAsync(talent, 107, "B");
        using var officer = talent.Client(TestCaller.PolicyOfficer);
        using var admin = talent.Client(TestCaller.Admin);

        var certified = await officer.PostAsJsonAsync("/api/talent/apartments/eligibility", new { residentIdNumber = TalentHost.ResidentId(107) });
        var unknown = await admin.PostAsJsonAsync("/api/talent/apartments/eligibility", new { residentIdNumber = TalentHost.ResidentId(108) });

        Assert.Equal("Met", (await TalentHost.JsonAsync(certified, HttpStatusCode.OK)).GetProperty("outcome").GetString());
        Assert.NotEqual("Met", (await TalentHost.JsonAsync(unknown, HttpStatusCode.OK)).GetProperty("outcome").GetString());
    }

    [Fact]
    public async Task A_hire_for_someone_who_never_applied_is_refused_and_publishes_nothing()
    {
        await using var talent = await TalentHost.StartAsync(servers);
        var posting = await talent.PostJobAsync();
        using var firm = talent.Client(TestCaller.FirmA);

        var invented = await firm.PostAsJsonAsync("/api/talent/hires", Hire(posting, 109));

        Assert.Equal("residentIdNumber", (await TalentHost.JsonAsync(invented, HttpStatusCode.UnprocessableEntity)).GetProperty("field").GetString());
        Assert.Equal(0, await talent.ScalarAsync("SELECT count(*) FROM talent.hires"));
        Assert.Equal(0, await talent.ScalarAsync("SELECT count(*) FROM talent.outbox_messages WHERE event_type LIKE '%HireConfirmed%'"));
    }

    [Fact]
    public async Task A_hire_for_a_real_applicant_is_confirmed_once_and_publishes_HireConfirmed_once()
    {
        await using var talent = await TalentHost.StartAsync(servers);
        var posting = await talent.PostJobAsync();
        using var applicant = talent.Client(TalentHost.Citizen(110));
        var applicationId = await TalentHost.IdOfAsync(
            await applicant.PostAsJsonAsync($"/api/talent/jobs/{posting}/applications", JobPostingTests.Application(110)), HttpStatusCode.Created);
        using var firm = talent.Client(TestCaller.FirmA);

        var hire = await TalentHost.JsonAsync(await firm.PostAsJsonAsync("/api/talent/hires", Hire(posting, 110)), HttpStatusCode.Created);
        var again = await firm.PostAsJsonAsync("/api/talent/hires", Hire(posting, 110));

        Assert.Equal(applicationId, hire.GetProperty("applicationId").GetGuid());
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal(1, await talent.WaitForPublishedAsync("HireConfirmed", 1));
        Assert.Equal(1, await talent.ScalarAsync("SELECT count(*) FROM talent.outbox_messages WHERE event_type LIKE '%HireConfirmed%'"));
        Assert.Equal(1, await talent.ScalarAsync($"SELECT count(*) FROM talent.audit_records WHERE action = 'hire.confirmed'"));
    }

    [Fact]
    public async Task An_officer_may_confirm_a_hire_on_a_firms_posting_without_an_application()
    {
        await using var talent = await TalentHost.StartAsync(servers);
        var posting = await talent.PostJobAsync();
        using var officer = talent.Client(TestCaller.PolicyOfficer);

        var hire = await TalentHost.JsonAsync(await officer.PostAsJsonAsync("/api/talent/hires", Hire(posting, 111)), HttpStatusCode.Created);

        Assert.Equal(TestTokens.FirmACreditCode, hire.GetProperty("creditCode").GetString());
        Assert.Equal(1, await talent.WaitForPublishedAsync("HireConfirmed", 1));
        Assert.Equal(1, await talent.ScalarAsync($"SELECT count(*) FROM talent.audit_records WHERE action = 'hire.confirmed' AND role = '{PlatformRoles.PolicyOfficer}'"));
    }

    [Fact]
    public async Task Concurrent_postings_with_the_same_idempotency_key_create_one_posting_and_give_one_answer()
    {
        await using var talent = await TalentHost.StartAsync(servers);
        var clients = Enumerable.Range(0, 8).Select(_ => talent.Client(TestCaller.FirmA)).ToList();

        using var start = new SemaphoreSlim(0);
        var attempts = clients.Select(async client =>
        {
            await start.WaitAsync();
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/talent/jobs") { Content = JsonContent.Create(TalentHost.PostingBody()) };
            request.Headers.Add("Idempotency-Key", "job-race");
            using var response = await client.SendAsync(request);
            return (response.StatusCode, Body: await response.Content.ReadAsStringAsync());
        }).ToList();
        start.Release(clients.Count);
        var outcomes = await Task.WhenAll(attempts);

        Assert.All(outcomes, o => Assert.True(o.StatusCode is HttpStatusCode.Created or HttpStatusCode.OK, $"{o.StatusCode}: {o.Body}"));
        Assert.Equal(1, outcomes.Count(o => o.StatusCode == HttpStatusCode.Created));
        Assert.Single(outcomes.Select(o => JsonDocument.Parse(o.Body).RootElement.GetProperty("id").GetGuid()).Distinct());
        Assert.Equal(1, await talent.ScalarAsync("SELECT count(*) FROM talent.job_postings"));
        // Another firm's user using the same key is a different request.
        await talent.PostJobAsync(TestCaller.FirmB);
        foreach (var client in clients)
        {
            client.Dispose();
        }
    }

    [Fact]
    public async Task Concurrent_certification_requests_with_the_same_idempotency_key_create_one_request()
    {
        await using var talent = await TalentHost.StartAsync(servers);
        var clients = Enumerable.Range(0, 8).Select(_ => talent.Client(TestCaller.FirmA)).ToList();

        using var start = new SemaphoreSlim(0);
        var attempts = clients.Select(async (client, i) =>
        {
            await start.WaitAsync();
            // Different people under one key: the key, not the body, decides it is the same request.
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/talent/certifications")
            {
                Content = JsonContent.Create(new { personName = "林雅婷", residentIdNumber = TalentHost.ResidentId(120 + i), tier = "C", basis = "泉州市高层次人才" }),
            };
            request.Headers.Add("Idempotency-Key", "cert-race");
            using var response = await client.SendAsync(request);
            return (response.StatusCode, Body: await response.Content.ReadAsStringAsync());
        }).ToList();
        start.Release(clients.Count);
        var outcomes = await Task.WhenAll(attempts);

        Assert.All(outcomes, o => Assert.True(o.StatusCode is HttpStatusCode.Created or HttpStatusCode.OK, $"{o.StatusCode}: {o.Body}"));
        Assert.Single(outcomes.Select(o => JsonDocument.Parse(o.Body).RootElement.GetProperty("id").GetGuid()).Distinct());
        Assert.Equal(1, await talent.ScalarAsync("SELECT count(*) FROM talent.certifications"));
        foreach (var client in clients)
        {
            client.Dispose();
        }
    }

    [Fact]
    public async Task A_posting_and_a_fair_dated_in_China_time_are_stored_as_the_same_instant()
    {
        await using var talent = await TalentHost.StartAsync(servers);
        var validThrough = new DateTimeOffset(DateTime.UtcNow.Year + 1, 1, 31, 23, 59, 59, TimeSpan.FromHours(8));
        using var firm = talent.Client(TestCaller.FirmA);
        using var officer = talent.Client(TestCaller.PolicyOfficer);

        var posting = await TalentHost.JsonAsync(await firm.PostAsJsonAsync("/api/talent/jobs", TalentHost.PostingBody(validThrough: validThrough)), HttpStatusCode.Created);
        var startsAt = new DateTimeOffset(DateTime.UtcNow.Year + 1, 3, 1, 9, 0, 0, TimeSpan.FromHours(8));
        var fair = await TalentHost.JsonAsync(await officer.PostAsJsonAsync("/api/talent/fairs", new
        {
            title = "春风行动现场招聘会", mode = "OnSite", venue = "毕节市人力资源市场", startsAt, endsAt = startsAt.AddHours(8),
        }), HttpStatusCode.Created);

        Assert.Equal(validThrough, posting.GetProperty("validThrough").GetDateTimeOffset());
        Assert.Equal(startsAt, fair.GetProperty("startsAt").GetDateTimeOffset());
        using var anonymous = talent.Anonymous();
        var read = await TalentHost.JsonAsync(await anonymous.GetAsync($"/api/talent/jobs/{posting.GetProperty("id").GetGuid()}"), HttpStatusCode.OK);
        Assert.Equal(validThrough, read.GetProperty("validThrough").GetDateTimeOffset());
    }

    private static object HousingApplication(int person) => new { applicantName = "林雅婷", phone = "13705951234", residentIdNumber = TalentHost.ResidentId(person) };

    private static object Hire(Guid posting, int person) =>
        new { jobPostingId = posting, workerName = "陈志强", residentIdNumber = TalentHost.ResidentId(person), hiredOn = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8)) };

    private static async Task CertifyAsync(TalentHost talent, int person, string tier)
    {
        using var firm = talent.Client(TestCaller.FirmA);
        using var officer = talent.Client(TestCaller.PolicyOfficer);
        var id = await TalentHost.IdOfAsync(await firm.PostAsJsonAsync("/api/talent/certifications", new
        {
            personName = "林雅婷",
            residentIdNumber = TalentHost.ResidentId(person),
            tier,
            basis = "泉州市高层次人才",
        }), HttpStatusCode.Created);
        await TalentHost.JsonAsync(await officer.PostAsJsonAsync($"/api/talent/certifications/{id}/approve", new { }), HttpStatusCode.OK);
    }
}
