using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Qingmeng.ServiceDefaults.Data;
using Qingmeng.Talent.Infrastructure;
using Talent.IntegrationTests.Infrastructure;

namespace Talent.IntegrationTests;

/// <summary>引工大使评选: the ranking of ambassadors by the hires their referrals became, and the year's awards.</summary>
[Collection(TalentServersCollection.Name)]
public sealed class AmbassadorRankingTests(PlatformServersFixture servers)
{
    private static readonly TestCaller First = new("citizen-rank-1", "龙引工", ["citizen"]);
    private static readonly TestCaller Second = new("citizen-rank-2", "唐引工", ["citizen"]);

    [Fact]
    public async Task Ambassadors_are_ranked_by_verified_hires_and_an_admin_awards_each_once_a_year()
    {
        await using var talent = await TalentHost.StartAsync(servers);
        var posting = await talent.PostJobAsync();
        var first = await RegisterAsync(talent, First);
        var second = await RegisterAsync(talent, Second);
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
        // The first ambassador's two referrals are hired; the second's one of two.
        await ReferAsync(talent, First, posting, 61, hire: true);
        await ReferAsync(talent, First, posting, 62, hire: true);
        await ReferAsync(talent, Second, posting, 63, hire: true);
        await ReferAsync(talent, Second, posting, 64, hire: false);

        using var officer = talent.Client(TestCaller.PolicyOfficer);
        var ranking = await TalentHost.JsonAsync(await officer.GetAsync($"/api/talent/ambassadors/ranking?year={today.Year}"), HttpStatusCode.OK);
        var rows = ranking.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal([first, second], rows.Select(r => r.GetProperty("ambassadorId").GetGuid()));
        Assert.Equal([1, 2], rows.Select(r => r.GetProperty("rank").GetInt32()));
        Assert.Equal([2, 1], rows.Select(r => r.GetProperty("hires").GetInt32()));
        Assert.Equal([2, 2], rows.Select(r => r.GetProperty("referrals").GetInt32()));

        // Awards: an admin's, once per ambassador and year, only for a year with hires; audited.
        using var admin = talent.Client(TestCaller.Admin);
        var award = new { ambassadorId = first, year = today.Year, title = "优秀引工大使" };
        await TalentHost.IdOfAsync(await admin.PostAsJsonAsync("/api/talent/ambassadors/awards", award), HttpStatusCode.Created);
        var again = await TalentHost.JsonAsync(await admin.PostAsJsonAsync("/api/talent/ambassadors/awards", award), HttpStatusCode.Conflict);
        Assert.Equal("ambassadorId", again.GetProperty("field").GetString());
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.PostAsJsonAsync("/api/talent/ambassadors/awards", new { ambassadorId = second, year = today.Year, title = "优秀引工大使" })).StatusCode);
        var noHires = await TalentHost.JsonAsync(
            await admin.PostAsJsonAsync("/api/talent/ambassadors/awards", new { ambassadorId = second, year = today.Year - 1, title = "优秀引工大使" }), HttpStatusCode.UnprocessableEntity);
        Assert.Equal("year", noHires.GetProperty("field").GetString());
        Assert.Equal(HttpStatusCode.NotFound,
            (await admin.PostAsJsonAsync("/api/talent/ambassadors/awards", new { ambassadorId = Guid.NewGuid(), year = today.Year, title = "优秀引工大使" })).StatusCode);
        Assert.Equal(1, await talent.ScalarAsync("SELECT count(*) FROM talent.audit_records WHERE action = 'ambassador.awarded'"));

        var awarded = await TalentHost.JsonAsync(await officer.GetAsync($"/api/talent/ambassadors/ranking?year={today.Year}"), HttpStatusCode.OK);
        Assert.Equal("优秀引工大使", awarded.GetProperty("items")[0].GetProperty("award").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, awarded.GetProperty("items")[1].GetProperty("award").ValueKind);
        Assert.Equal(HttpStatusCode.BadRequest, (await officer.GetAsync("/api/talent/ambassadors/ranking?year=1999")).StatusCode);
        using var firm = talent.Client(TestCaller.FirmA);
        Assert.Equal(HttpStatusCode.Forbidden, (await firm.GetAsync($"/api/talent/ambassadors/ranking?year={today.Year}")).StatusCode);
    }

    [Fact]
    public async Task The_demo_awards_the_top_ambassador_of_its_year_through_the_award_use_case_once()
    {
        await using var talent = await TalentHost.StartAsync(servers, new Dictionary<string, string> { ["DemoData:Enabled"] = "true" });
        // The demo year: the year of the demo ambassadors' latest hire.
        var year = int.Parse(await talent.ScalarTextAsync("SELECT extract(year FROM max(hired_on))::text FROM talent.hires WHERE ambassador_id IS NOT NULL"));

        using var officer = talent.Client(TestCaller.PolicyOfficer);
        var ranking = await TalentHost.JsonAsync(await officer.GetAsync($"/api/talent/ambassadors/ranking?year={year}"), HttpStatusCode.OK);

        var rows = ranking.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(["龙建兵", "唐晓梅"], rows.Select(r => r.GetProperty("name").GetString()));
        Assert.Equal([3, 1], rows.Select(r => r.GetProperty("hires").GetInt32()));
        Assert.Equal("优秀引工大使", rows[0].GetProperty("award").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, rows[1].GetProperty("award").ValueKind);
        Assert.Equal(1, await talent.ScalarAsync($"SELECT count(*) FROM talent.ambassador_awards WHERE year = {year} AND hires = 3"));
        Assert.Equal(1, await talent.ScalarAsync("SELECT count(*) FROM talent.audit_records WHERE action = 'ambassador.awarded'"));

        // Every start seeds again: the year keeps its one award.
        await using (var scope = talent.Host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<TalentContext>();
            await scope.ServiceProvider.GetRequiredService<IDbSeeder<TalentContext>>().SeedAsync(db, CancellationToken.None);
        }
        Assert.Equal(1, await talent.ScalarAsync("SELECT count(*) FROM talent.ambassador_awards"));
    }

    private static async Task<Guid> RegisterAsync(TalentHost talent, TestCaller caller)
    {
        using var client = talent.Client(caller);
        return await TalentHost.IdOfAsync(await client.PostAsJsonAsync("/api/talent/ambassadors", new { name = caller.Name, phone = "13905951234", region = "贵州省毕节市" }), HttpStatusCode.Created);
    }

    private static async Task ReferAsync(TalentHost talent, TestCaller ambassador, Guid posting, int person, bool hire)
    {
        using var client = talent.Client(ambassador);
        await TalentHost.IdOfAsync(await client.PostAsJsonAsync("/api/talent/referrals",
            new { jobPostingId = posting, workerName = "张小明", residentIdNumber = TalentHost.ResidentId(person) }), HttpStatusCode.Created);
        if (!hire)
        {
            return;
        }
        using (var worker = talent.Client(TalentHost.Citizen(person)))
        {
            await TalentHost.IdOfAsync(await worker.PostAsJsonAsync($"/api/talent/jobs/{posting}/applications", JobPostingTests.Application(person)), HttpStatusCode.Created);
        }
        using var firm = talent.Client(TestCaller.FirmA);
        await TalentHost.IdOfAsync(await firm.PostAsJsonAsync("/api/talent/hires",
            new { jobPostingId = posting, workerName = "张小明", residentIdNumber = TalentHost.ResidentId(person), hiredOn = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8)) }),
            HttpStatusCode.Created);
    }
}
