using System.Net;
using System.Net.Http.Json;
using Qingmeng.ServiceDefaults.Scheduling;
using Qingmeng.Talent.Infrastructure;
using Qingmeng.Talent.Jobs;
using Talent.IntegrationTests.Infrastructure;

namespace Talent.IntegrationTests;

[Collection(TalentServersCollection.Name)]
public sealed class ApartmentTests(PlatformServersFixture servers)
{
    [Fact]
    public async Task The_waitlist_orders_by_tier_then_date_and_allocation_follows_it_with_an_audit_trail()
    {
        await using var talent = await TalentHost.StartAsync(servers);
        using var officer = talent.Client(TestCaller.PolicyOfficer);
        await CertifyAsync(talent, 41, "D");
        await CertifyAsync(talent, 42, "A");
        await CertifyAsync(talent, 43, "C");
        await ApplyAsync(talent, Tenant(41), 41, HttpStatusCode.Created);
        await ApplyAsync(talent, Tenant(42), 42, HttpStatusCode.Created);
        await ApplyAsync(talent, Tenant(43), 43, HttpStatusCode.Created);

        var waitlist = await TalentHost.JsonAsync(await officer.GetAsync("/api/talent/apartments/waitlist"), HttpStatusCode.OK);
        Assert.Equal(["A", "C", "D"], waitlist.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("tier").GetString()!).ToArray());
        Assert.Equal([1, 2, 3], waitlist.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("position").GetInt32()).ToArray());

        // A unit for C and above goes to the A-tier applicant; the next such unit to the C-tier one; a D-only waitlist gets no such unit.
        var unitOne = await CreateUnitAsync(officer, "201", "C");
        var unitTwo = await CreateUnitAsync(officer, "202", "C");
        var unitThree = await CreateUnitAsync(officer, "203", "C");
        var first = await TalentHost.JsonAsync(await officer.PostAsJsonAsync("/api/talent/apartments/allocations", new { unitId = unitOne }), HttpStatusCode.Created);
        await TalentHost.JsonAsync(await officer.PostAsJsonAsync("/api/talent/apartments/allocations", new { unitId = unitTwo }), HttpStatusCode.Created);
        var none = await officer.PostAsJsonAsync("/api/talent/apartments/allocations", new { unitId = unitThree });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, none.StatusCode);
        using var tenantA = talent.Client(Tenant(42));
        var mine = await TalentHost.JsonAsync(await tenantA.GetAsync("/api/talent/apartments/applications/mine"), HttpStatusCode.OK);
        Assert.Equal(first.GetProperty("id").GetGuid(), mine[0].GetProperty("leaseId").GetGuid());
        Assert.Equal(1, await talent.ScalarAsync($"SELECT count(*) FROM talent.audit_records WHERE action = 'apartment.allocated' AND resource_id = '{unitOne}'"));
        var occupancy = await TalentHost.JsonAsync(await officer.GetAsync("/api/talent/apartments/occupancy"), HttpStatusCode.OK);
        Assert.Equal(2, occupancy.GetProperty("occupied").GetInt32());
        Assert.Equal(1, occupancy.GetProperty("waiting").GetInt32());
    }

    [Fact]
    public async Task Concurrent_allocations_never_let_a_unit_twice()
    {
        await using var talent = await TalentHost.StartAsync(servers);
        using var officer = talent.Client(TestCaller.PolicyOfficer);
        for (var person = 51; person <= 56; person++)
        {
            await CertifyAsync(talent, person, "B");
            await ApplyAsync(talent, Tenant(person), person, HttpStatusCode.Created);
        }
        var unit = await CreateUnitAsync(officer, "301", "D");
        var officers = Enumerable.Range(0, 6).Select(i => talent.Client(i % 2 == 0 ? TestCaller.PolicyOfficer : TestCaller.Admin)).ToList();

        using var start = new SemaphoreSlim(0);
        var attempts = officers.Select(async client =>
        {
            await start.WaitAsync();
            return (await client.PostAsJsonAsync("/api/talent/apartments/allocations", new { unitId = unit })).StatusCode;
        }).ToList();
        start.Release(officers.Count);
        var outcomes = await Task.WhenAll(attempts);

        Assert.Equal(1, outcomes.Count(s => s == HttpStatusCode.Created));
        Assert.All(outcomes.Where(s => s != HttpStatusCode.Created), s => Assert.Equal(HttpStatusCode.Conflict, s));
        Assert.Equal(1, await talent.ScalarAsync($"SELECT count(*) FROM talent.leases WHERE unit_id = '{unit}'"));
        Assert.Equal(1, await talent.ScalarAsync("SELECT count(*) FROM talent.housing_applications WHERE status = 'Allocated'"));
        foreach (var client in officers)
        {
            client.Dispose();
        }
    }

    [Fact]
    public async Task An_ineligible_applicant_gets_a_422_explaining_each_condition_and_nothing_is_written()
    {
        await using var talent = await TalentHost.StartAsync(servers);
        await CertifyAsync(talent, 61, "E");
        using var citizen = talent.Client(Tenant(61));

        var eligibility = await TalentHost.JsonAsync(await citizen.PostAsJsonAsync("/api/talent/apartments/eligibility", new { residentIdNumber = TalentHost.ResidentId(61) }), HttpStatusCode.OK);
        Assert.Equal("NotMet", eligibility.GetProperty("outcome").GetString());
        var response = await ApplyAsync(talent, Tenant(61), 61, HttpStatusCode.UnprocessableEntity);
        var problem = await response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty("certification.tierRank", out _), problem.ToString());

        await ApplyAsync(talent, Tenant(62), 62, HttpStatusCode.UnprocessableEntity); // never certified
        Assert.Equal(0, await talent.ScalarAsync("SELECT count(*) FROM talent.housing_applications"));
    }

    [Fact]
    public async Task A_lease_expiry_reminder_is_sent_once_however_often_the_job_runs()
    {
        // One-year leases reminded a year ahead: a lease is due for its reminder the day it starts.
        await using var talent = await TalentHost.StartAsync(servers, new Dictionary<string, string>
        {
            ["Talent:LeaseYears"] = "1",
            ["Talent:LeaseReminderDaysBefore"] = "365",
        });
        using var officer = talent.Client(TestCaller.PolicyOfficer);
        await CertifyAsync(talent, 71, "A");
        await ApplyAsync(talent, Tenant(71), 71, HttpStatusCode.Created);
        var unit = await CreateUnitAsync(officer, "401", "D");
        var lease = await TalentHost.IdOfAsync(await officer.PostAsJsonAsync("/api/talent/apartments/allocations", new { unitId = unit }), HttpStatusCode.Created);

        Assert.True(await talent.Host.Services.RunScheduledJobOnceAsync<LeaseExpiryReminderJob, TalentContext>());
        Assert.True(await talent.Host.Services.RunScheduledJobOnceAsync<LeaseExpiryReminderJob, TalentContext>());

        Assert.Equal(1, await talent.ScalarAsync($"SELECT count(*) FROM talent.notification_messages WHERE key = 'lease-expiry:{lease}'"));
        Assert.Equal(1, await talent.ScalarAsync("SELECT count(*) FROM talent.notification_messages"));
        Assert.Equal(1, await talent.ScalarAsync($"SELECT count(*) FROM talent.leases WHERE id = '{lease}' AND expiry_reminder_sent_at IS NOT NULL"));
        using var admin = talent.Client(TestCaller.Admin);
        var sent = await TalentHost.JsonAsync(await admin.GetAsync("/api/talent/notifications"), HttpStatusCode.OK);
        Assert.Contains("浔美人才公寓", sent.ToString(), StringComparison.Ordinal);
    }

    private static TestCaller Tenant(int person) => new($"citizen-tenant-{person}", "林雅婷", ["citizen"]) { ResidentIdNumber = TalentHost.ResidentId(person) };

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

    private static async Task<HttpResponseMessage> ApplyAsync(TalentHost talent, TestCaller tenant, int person, HttpStatusCode expected)
    {
        using var citizen = talent.Client(tenant);
        var response = await citizen.PostAsJsonAsync("/api/talent/apartments/applications", new
        {
            applicantName = "林雅婷",
            phone = "13705951234",
            residentIdNumber = TalentHost.ResidentId(person),
        });
        Assert.True(response.StatusCode == expected, $"{response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return response;
    }

    private static async Task<Guid> CreateUnitAsync(HttpClient officer, string number, string minTier) =>
        await TalentHost.IdOfAsync(await officer.PostAsJsonAsync("/api/talent/apartments/units", new
        {
            building = "浔美人才公寓1号楼",
            unitNumber = number,
            bedrooms = 2,
            areaSquareMetres = 85,
            monthlyRent = 800,
            minTier,
        }), HttpStatusCode.Created);
}
