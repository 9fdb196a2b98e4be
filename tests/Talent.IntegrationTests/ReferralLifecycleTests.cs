using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Talent.IntegrationTests.Infrastructure;

namespace Talent.IntegrationTests;

[Collection(TalentServersCollection.Name)]
public sealed class ReferralLifecycleTests(PlatformServersFixture servers)
{
    private static readonly TestCaller AmbassadorOne = new("citizen-amb-1", "王引工", ["citizen"]);
    private static readonly TestCaller AmbassadorTwo = new("citizen-amb-2", "李引工", ["citizen"]);

    [Fact]
    public async Task Referral_hire_retention_and_incentive_follow_each_other_and_publish_HireConfirmed()
    {
        await using var talent = await TalentHost.StartAsync(servers);
        var posting = await talent.PostJobAsync();
        var ambassadorId = await RegisterAmbassadorAsync(talent, AmbassadorOne);
        using var ambassador = talent.Client(AmbassadorOne);
        var referralId = await TalentHost.IdOfAsync(await ambassador.PostAsJsonAsync("/api/talent/referrals", Referral(posting, 21)), HttpStatusCode.Created);
        await ApplyAsync(talent, posting, 21);

        // The posting went up 200 days ago, so the milestones have fallen due by today.
        await talent.ExecuteAsync($"UPDATE talent.job_postings SET date_posted = date_posted - 200 WHERE id = '{posting}'");
        var hiredOn = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8)).AddDays(-200);
        using var firm = talent.Client(TestCaller.FirmA);
        var hire = await TalentHost.JsonAsync(await firm.PostAsJsonAsync("/api/talent/hires", Hire(posting, 21, hiredOn)), HttpStatusCode.Created);
        Assert.Equal(referralId, hire.GetProperty("referralId").GetGuid());
        Assert.Equal(ambassadorId, hire.GetProperty("ambassadorId").GetGuid());
        var hireId = hire.GetProperty("id").GetGuid();

        // Six months cannot come before three; then three, then six.
        var early = await firm.PostAsJsonAsync($"/api/talent/hires/{hireId}/retention", new { milestone = "SixMonths", confirmedOn = hiredOn.AddMonths(6) });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, early.StatusCode);
        await TalentHost.JsonAsync(await firm.PostAsJsonAsync($"/api/talent/hires/{hireId}/retention", new { milestone = "ThreeMonths", confirmedOn = hiredOn.AddMonths(3) }), HttpStatusCode.OK);
        Assert.Equal("RetainedThreeMonths", (await ReferralAsync(ambassador, referralId)).GetProperty("status").GetString());
        await TalentHost.JsonAsync(await firm.PostAsJsonAsync($"/api/talent/hires/{hireId}/retention", new { milestone = "SixMonths", confirmedOn = hiredOn.AddMonths(6) }), HttpStatusCode.OK);
        var payable = await ReferralAsync(ambassador, referralId);
        Assert.Equal("IncentivePayable", payable.GetProperty("status").GetString());
        Assert.Equal(1_000m, payable.GetProperty("incentiveAmount").GetDecimal());

        using var officer = talent.Client(TestCaller.PolicyOfficer);
        await TalentHost.JsonAsync(await officer.PostAsync($"/api/talent/referrals/{referralId}/pay", null), HttpStatusCode.OK);
        Assert.Equal(HttpStatusCode.Conflict, (await officer.PostAsync($"/api/talent/referrals/{referralId}/pay", null)).StatusCode);
        Assert.Equal("IncentivePaid", (await ReferralAsync(ambassador, referralId)).GetProperty("status").GetString());

        // HireConfirmed went out through the outbox, naming the ambassador and no personal data.
        Assert.Equal(1, await talent.WaitForPublishedAsync("HireConfirmed", 1));
        var payload = await talent.ScalarTextAsync("SELECT payload::text FROM talent.outbox_messages WHERE event_type LIKE '%HireConfirmed%'");
        var body = JsonDocument.Parse(payload).RootElement;
        Assert.Equal(ambassadorId, body.GetProperty("ambassadorId").GetGuid());
        Assert.Equal(TestTokens.FirmACreditCode, body.GetProperty("employerCreditCode").GetString());
        Assert.DoesNotContain(TalentHost.ResidentId(21), payload, StringComparison.Ordinal);
        Assert.True(await talent.ScalarAsync("SELECT count(*) FROM talent.audit_records WHERE action LIKE 'hire.%'") >= 3);
    }

    [Fact]
    public async Task A_worker_already_claimed_for_a_posting_cannot_be_claimed_by_a_second_ambassador()
    {
        await using var talent = await TalentHost.StartAsync(servers);
        var posting = await talent.PostJobAsync();
        await RegisterAmbassadorAsync(talent, AmbassadorOne);
        await RegisterAmbassadorAsync(talent, AmbassadorTwo);
        using var one = talent.Client(AmbassadorOne);
        using var two = talent.Client(AmbassadorTwo);

        await TalentHost.IdOfAsync(await one.PostAsJsonAsync("/api/talent/referrals", Referral(posting, 22)), HttpStatusCode.Created);
        var second = await two.PostAsJsonAsync("/api/talent/referrals", Referral(posting, 22));

        var problem = await TalentHost.JsonAsync(second, HttpStatusCode.Conflict);
        Assert.Equal("residentIdNumber", problem.GetProperty("field").GetString());
        Assert.Equal(1, await talent.ScalarAsync("SELECT count(*) FROM talent.referrals"));
        // A different posting is a different hire: the second ambassador may refer the worker there.
        var other = await talent.PostJobAsync();
        await TalentHost.IdOfAsync(await two.PostAsJsonAsync("/api/talent/referrals", Referral(other, 22)), HttpStatusCode.Created);
    }

    [Fact]
    public async Task Two_ambassadors_racing_for_the_same_worker_yield_exactly_one_claim()
    {
        await using var talent = await TalentHost.StartAsync(servers);
        var posting = await talent.PostJobAsync();
        var callers = Enumerable.Range(0, 8).Select(i => new TestCaller($"citizen-race-{i}", $"引工大使{i}", ["citizen"])).ToList();
        foreach (var caller in callers)
        {
            await RegisterAmbassadorAsync(talent, caller);
        }
        var clients = callers.Select(talent.Client).ToList();

        using var start = new SemaphoreSlim(0);
        var attempts = clients.Select(async client =>
        {
            await start.WaitAsync();
            return (await client.PostAsJsonAsync("/api/talent/referrals", Referral(posting, 23))).StatusCode;
        }).ToList();
        start.Release(clients.Count);
        var outcomes = await Task.WhenAll(attempts);

        Assert.Equal(1, outcomes.Count(s => s == HttpStatusCode.Created));
        Assert.Equal(clients.Count - 1, outcomes.Count(s => s == HttpStatusCode.Conflict));
        Assert.Equal(1, await talent.ScalarAsync("SELECT count(*) FROM talent.referrals"));
        foreach (var client in clients)
        {
            client.Dispose();
        }
    }

    [Fact]
    public async Task A_hire_is_confirmed_once_and_a_hired_worker_cannot_then_be_referred()
    {
        await using var talent = await TalentHost.StartAsync(servers);
        var posting = await talent.PostJobAsync();
        using var firm = talent.Client(TestCaller.FirmA);
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
        await ApplyAsync(talent, posting, 24);

        await TalentHost.IdOfAsync(await firm.PostAsJsonAsync("/api/talent/hires", Hire(posting, 24, today)), HttpStatusCode.Created);
        Assert.Equal(HttpStatusCode.Conflict, (await firm.PostAsJsonAsync("/api/talent/hires", Hire(posting, 24, today))).StatusCode);
        await RegisterAmbassadorAsync(talent, AmbassadorOne);
        using var ambassador = talent.Client(AmbassadorOne);
        Assert.Equal(HttpStatusCode.Conflict, (await ambassador.PostAsJsonAsync("/api/talent/referrals", Referral(posting, 24))).StatusCode);

        Assert.Equal(1, await talent.ScalarAsync("SELECT count(*) FROM talent.hires"));
        Assert.Equal(1, await talent.WaitForPublishedAsync("HireConfirmed", 1));
        // Another firm cannot hire onto firm A's posting, nor see its hires.
        using var firmB = talent.Client(TestCaller.FirmB);
        Assert.Equal(HttpStatusCode.NotFound, (await firmB.PostAsJsonAsync("/api/talent/hires", Hire(posting, 25, today))).StatusCode);
        var page = await TalentHost.JsonAsync(await firmB.GetAsync("/api/talent/hires"), HttpStatusCode.OK);
        Assert.Equal(0, page.GetProperty("count").GetInt64());
    }

    [Fact]
    public async Task A_citizen_who_is_not_an_ambassador_cannot_refer_and_a_future_hire_date_is_a_400()
    {
        await using var talent = await TalentHost.StartAsync(servers);
        var posting = await talent.PostJobAsync();
        using var citizen = talent.Client(TestCaller.Citizen);
        using var firm = talent.Client(TestCaller.FirmA);

        Assert.Equal(HttpStatusCode.Forbidden, (await citizen.PostAsJsonAsync("/api/talent/referrals", Referral(posting, 26))).StatusCode);
        var future = await firm.PostAsJsonAsync("/api/talent/hires", Hire(posting, 26, DateOnly.FromDateTime(DateTime.UtcNow).AddDays(5)));
        var problem = await TalentHost.JsonAsync(future, HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("hiredOn", out _), problem.ToString());
        var valid = TalentHost.ResidentId(27);
        var wrongCheck = valid[..17] + (valid[17] == '1' ? '2' : '1');
        var badId = await firm.PostAsJsonAsync("/api/talent/hires", new { jobPostingId = posting, workerName = "张小明", residentIdNumber = wrongCheck, hiredOn = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8)) });
        var badIdProblem = await TalentHost.JsonAsync(badId, HttpStatusCode.BadRequest);
        Assert.True(badIdProblem.GetProperty("errors").TryGetProperty("residentIdNumber", out _), badIdProblem.ToString());
        Assert.Equal(0, await talent.ScalarAsync("SELECT count(*) FROM talent.referrals") + await talent.ScalarAsync("SELECT count(*) FROM talent.hires"));
    }

    private static async Task<Guid> RegisterAmbassadorAsync(TalentHost talent, TestCaller caller)
    {
        using var client = talent.Client(caller);
        return await TalentHost.IdOfAsync(
            await client.PostAsJsonAsync("/api/talent/ambassadors", new { name = caller.Name.Length >= 2 ? caller.Name : "引工大使", phone = "13905951234", region = "贵州省毕节市" }),
            HttpStatusCode.Created);
    }

    /// <summary>The worker applies to the posting themselves: a firm hires only applicants.</summary>
    private static async Task ApplyAsync(TalentHost talent, Guid posting, int person)
    {
        using var worker = talent.Client(TalentHost.Citizen(person));
        await TalentHost.IdOfAsync(await worker.PostAsJsonAsync($"/api/talent/jobs/{posting}/applications", JobPostingTests.Application(person)), HttpStatusCode.Created);
    }

    private static async Task<JsonElement> ReferralAsync(HttpClient ambassador, Guid id)
    {
        var page = await TalentHost.JsonAsync(await ambassador.GetAsync("/api/talent/referrals"), HttpStatusCode.OK);
        return page.GetProperty("items").EnumerateArray().Single(r => r.GetProperty("id").GetGuid() == id);
    }

    private static object Referral(Guid posting, int person) => new { jobPostingId = posting, workerName = "张小明", residentIdNumber = TalentHost.ResidentId(person) };

    private static object Hire(Guid posting, int person, DateOnly hiredOn) => new { jobPostingId = posting, workerName = "张小明", residentIdNumber = TalentHost.ResidentId(person), hiredOn };
}
