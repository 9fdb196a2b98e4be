using System.Net;
using System.Net.Http.Json;
using Talent.IntegrationTests.Infrastructure;

namespace Talent.IntegrationTests;

[Collection(TalentServersCollection.Name)]
public sealed class HealthBookingTests(PlatformServersFixture servers)
{
    [Fact]
    public async Task Concurrent_bookings_never_exceed_a_slots_capacity_and_a_cancellation_frees_a_place()
    {
        await using var talent = await TalentHost.StartAsync(servers);
        using var officer = talent.Client(TalentHost.WelfareOfficer);
        var slot = await OpenSlotAsync(talent, officer, "EH-01", Tomorrow(), "18:00", "19:00", capacity: 3);
        var citizens = Enumerable.Range(1, 10).Select(i => talent.Client(Worker(i))).ToList();

        using var start = new SemaphoreSlim(0);
        var attempts = citizens.Select(async client =>
        {
            await start.WaitAsync();
            return await client.PostAsJsonAsync("/api/talent/welfare/health-bookings", Booking(slot));
        }).ToList();
        start.Release(citizens.Count);
        var responses = await Task.WhenAll(attempts);

        Assert.Equal(3, responses.Count(r => r.StatusCode == HttpStatusCode.Created));
        Assert.All(responses.Where(r => r.StatusCode != HttpStatusCode.Created), r => Assert.Equal(HttpStatusCode.Conflict, r.StatusCode));
        Assert.Equal(3, await talent.ScalarAsync($"SELECT booked FROM talent.health_service_slots WHERE id = '{slot}'"));
        Assert.Equal(3, await talent.ScalarAsync($"SELECT count(*) FROM talent.health_bookings WHERE slot_id = '{slot}' AND status = 'Booked'"));

        var winner = citizens[Array.FindIndex(responses, r => r.StatusCode == HttpStatusCode.Created)];
        var booking = await TalentHost.IdOfAsync(responses.First(r => r.StatusCode == HttpStatusCode.Created), HttpStatusCode.Created);
        var cancelled = await TalentHost.JsonAsync(await winner.PostAsync($"/api/talent/welfare/health-bookings/{booking}/cancel", null), HttpStatusCode.OK);
        Assert.Equal("Cancelled", cancelled.GetProperty("status").GetString());
        var twice = await TalentHost.JsonAsync(await winner.PostAsync($"/api/talent/welfare/health-bookings/{booking}/cancel", null), HttpStatusCode.Conflict);
        Assert.Equal("Cancelled", twice.GetProperty("currentState").GetString());
        var loser = citizens[Array.FindIndex(responses, r => r.StatusCode == HttpStatusCode.Conflict)];
        await TalentHost.IdOfAsync(await loser.PostAsJsonAsync("/api/talent/welfare/health-bookings", Booking(slot)), HttpStatusCode.Created);
        Assert.Equal(3, await talent.ScalarAsync($"SELECT booked FROM talent.health_service_slots WHERE id = '{slot}'"));
        Assert.Equal(HttpStatusCode.Conflict, (await loser.PostAsJsonAsync("/api/talent/welfare/health-bookings", Booking(slot))).StatusCode);
        foreach (var client in citizens)
        {
            client.Dispose();
        }
    }

    [Fact]
    public async Task A_citizen_sees_and_cancels_only_their_own_bookings()
    {
        await using var talent = await TalentHost.StartAsync(servers);
        using var officer = talent.Client(TalentHost.WelfareOfficer);
        var slot = await OpenSlotAsync(talent, officer, "HV-01", Tomorrow(), "09:00", "11:00", capacity: 5);
        using var chen = talent.Client(Worker(21));
        using var lin = talent.Client(Worker(22));
        var booking = await TalentHost.IdOfAsync(await chen.PostAsJsonAsync("/api/talent/welfare/health-bookings", Booking(slot, address: "清濛园区南环路职工公寓2栋301")), HttpStatusCode.Created);

        var mine = await TalentHost.JsonAsync(await chen.GetAsync("/api/talent/welfare/health-bookings/mine"), HttpStatusCode.OK);
        Assert.Equal([booking], mine.EnumerateArray().Select(b => b.GetProperty("id").GetGuid()).ToArray());
        Assert.Equal("清濛园区南环路职工公寓2栋301", mine[0].GetProperty("address").GetString());
        var theirs = await TalentHost.JsonAsync(await lin.GetAsync("/api/talent/welfare/health-bookings/mine"), HttpStatusCode.OK);
        Assert.Equal(0, theirs.GetArrayLength());
        Assert.Equal(HttpStatusCode.NotFound, (await lin.PostAsync($"/api/talent/welfare/health-bookings/{booking}/cancel", null)).StatusCode);
        Assert.Equal(1, await talent.ScalarAsync($"SELECT count(*) FROM talent.health_bookings WHERE id = '{booking}' AND status = 'Booked'"));

        // The welfare officer sees who booked, in clear; an admin sees the names masked.
        var asOfficer = await TalentHost.JsonAsync(await officer.GetAsync($"/api/talent/welfare/health-slots/{slot}/bookings"), HttpStatusCode.OK);
        Assert.Equal("王建国", asOfficer.GetProperty("items")[0].GetProperty("name").GetString());
        using var admin = talent.Client(TestCaller.Admin);
        var asAdmin = await TalentHost.JsonAsync(await admin.GetAsync($"/api/talent/welfare/health-slots/{slot}/bookings"), HttpStatusCode.OK);
        Assert.Equal("王*国", asAdmin.GetProperty("items")[0].GetProperty("name").GetString());
    }

    [Fact]
    public async Task Slots_in_the_past_or_outside_service_hours_and_bookings_of_past_slots_are_refused_with_nothing_written()
    {
        await using var talent = await TalentHost.StartAsync(servers);
        using var officer = talent.Client(TalentHost.WelfareOfficer);
        var evening = await ServiceIdAsync(talent, "EH-01");

        await WelfareRegisterTests.AssertFieldAsync(await OpenSlot(officer, evening, WelfareRegisterTests.ChinaToday().AddDays(-1), "18:00", "19:00", 5), "date");
        await WelfareRegisterTests.AssertFieldAsync(await OpenSlot(officer, evening, Tomorrow(), "10:00", "11:00", 5), "startsAt");
        await WelfareRegisterTests.AssertFieldAsync(await OpenSlot(officer, evening, Tomorrow(), "20:30", "22:00", 5), "endsAt");
        await WelfareRegisterTests.AssertFieldAsync(await OpenSlot(officer, evening, Tomorrow(), "19:00", "18:00", 5), "endsAt");
        await WelfareRegisterTests.AssertFieldAsync(await OpenSlot(officer, evening, Tomorrow(), "18:00", "19:00", 0), "capacity");
        Assert.Equal(0, await talent.ScalarAsync("SELECT count(*) FROM talent.health_service_slots"));

        // A home visit needs an address; a slot that has already started cannot be booked.
        var slot = await OpenSlotAsync(talent, officer, "HV-01", Tomorrow(), "09:00", "10:00", capacity: 2);
        using var citizen = talent.Client(Worker(31));
        await WelfareRegisterTests.AssertFieldAsync(await citizen.PostAsJsonAsync("/api/talent/welfare/health-bookings", Booking(slot, address: null)), "address");
        await WelfareRegisterTests.AssertFieldAsync(await citizen.PostAsJsonAsync("/api/talent/welfare/health-bookings", Booking(slot, phone: "1234")), "phone");
        await talent.ExecuteAsync($"UPDATE talent.health_service_slots SET date = date - 2 WHERE id = '{slot}'");
        await WelfareRegisterTests.AssertFieldAsync(
            await citizen.PostAsJsonAsync("/api/talent/welfare/health-bookings", Booking(slot, address: "清濛园区南环路职工公寓2栋301")), "slotId", HttpStatusCode.UnprocessableEntity);

        Assert.Equal(0, await talent.ScalarAsync("SELECT count(*) FROM talent.health_bookings"));
        Assert.Equal(0, await talent.ScalarAsync($"SELECT booked FROM talent.health_service_slots WHERE id = '{slot}'"));
    }

    private static TestCaller Worker(int n) => new($"citizen-worker-{n}", "王建国", ["citizen"]);

    private static DateOnly Tomorrow() => WelfareRegisterTests.ChinaToday().AddDays(1);

    private static object Booking(Guid slot, string? address = "清濛园区南环路职工公寓2栋301", string phone = "13605951234") => new
    {
        slotId = slot,
        name = "王建国",
        phone,
        address,
        note = "倒班职工，下班后就诊",
    };

    private static async Task<Guid> ServiceIdAsync(TalentHost talent, string code)
    {
        using var anonymous = talent.Anonymous();
        var services = await TalentHost.JsonAsync(await anonymous.GetAsync("/api/talent/welfare/health-services"), HttpStatusCode.OK);
        return services.EnumerateArray().First(s => s.GetProperty("code").GetString() == code).GetProperty("id").GetGuid();
    }

    private static Task<HttpResponseMessage> OpenSlot(HttpClient officer, Guid service, DateOnly date, string startsAt, string endsAt, int capacity) =>
        officer.PostAsJsonAsync($"/api/talent/welfare/health-services/{service}/slots", new { date, startsAt, endsAt, capacity });

    private static async Task<Guid> OpenSlotAsync(TalentHost talent, HttpClient officer, string code, DateOnly date, string startsAt, string endsAt, int capacity) =>
        await TalentHost.IdOfAsync(await OpenSlot(officer, await ServiceIdAsync(talent, code), date, startsAt, endsAt, capacity), HttpStatusCode.Created);
}
