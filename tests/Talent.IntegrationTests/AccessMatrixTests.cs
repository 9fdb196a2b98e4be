using System.Net;
using System.Net.Http.Json;
using Qingmeng.ServiceDefaults.Authentication;
using Talent.IntegrationTests.Infrastructure;

namespace Talent.IntegrationTests;

/// <summary>Every protected endpoint × every role: who may (not 401/403) and who may not (403), and no token at all is 401.</summary>
[Collection(TalentServersCollection.Name)]
public sealed class AccessMatrixTests(PlatformServersFixture servers)
{
    private static readonly string[] Firm = [PlatformRoles.Firm];
    private static readonly string[] Citizen = [PlatformRoles.Citizen];
    private static readonly string[] Officers = [PlatformRoles.PolicyOfficer, PlatformRoles.Admin];
    private static readonly string[] FirmAndOfficers = [PlatformRoles.Firm, PlatformRoles.PolicyOfficer, PlatformRoles.Admin];
    // Welfare endpoints admit 民政局 officers (department code MZJ, tested in WelfareRegisterTests) and admins; the
    // matrix's department officer belongs to 住建局, so among its callers only the admin passes.
    private static readonly string[] Welfare = [PlatformRoles.Admin];
    private static readonly string[] CitizenAndOfficers = [PlatformRoles.Citizen, PlatformRoles.PolicyOfficer, PlatformRoles.Admin];
    private static readonly string[] CitizenFirmAndOfficers = [PlatformRoles.Citizen, PlatformRoles.Firm, PlatformRoles.PolicyOfficer, PlatformRoles.Admin];

    private static readonly Guid Unknown = Guid.Parse("0190f0f0-0000-7000-8000-000000000001");

    private static readonly (string Method, string Path, string[] Allowed)[] Endpoints =
    [
        ("POST", "/api/talent/jobs", Firm),
        ("GET", "/api/talent/jobs/mine", Firm),
        ("POST", $"/api/talent/jobs/{Unknown}/close", Firm),
        ("POST", $"/api/talent/jobs/{Unknown}/applications", Citizen),
        ("GET", $"/api/talent/jobs/{Unknown}/applications", Firm),
        ("GET", "/api/talent/applications/mine", Citizen),
        ("POST", "/api/talent/hires", FirmAndOfficers),
        ("GET", "/api/talent/hires", FirmAndOfficers),
        ("POST", $"/api/talent/hires/{Unknown}/retention", Firm),
        ("POST", "/api/talent/ambassadors", Citizen),
        ("GET", "/api/talent/ambassadors/me", Citizen),
        ("GET", "/api/talent/ambassadors", Officers),
        ("POST", "/api/talent/referrals", Citizen),
        ("GET", "/api/talent/referrals", CitizenFirmAndOfficers),
        ("POST", $"/api/talent/referrals/{Unknown}/pay", Officers),
        ("POST", "/api/talent/certifications", Firm),
        ("GET", "/api/talent/certifications", FirmAndOfficers),
        ("POST", $"/api/talent/certifications/{Unknown}/approve", Officers),
        ("POST", $"/api/talent/certifications/{Unknown}/reject", Officers),
        ("GET", $"/api/talent/firms/{TestTokens.FirmACreditCode}/talent-counts", FirmAndOfficers),
        ("POST", "/api/talent/service-points", Officers),
        ("GET", "/api/talent/apartments/units", Officers),
        ("POST", "/api/talent/apartments/units", Officers),
        ("GET", "/api/talent/apartments/occupancy", Officers),
        ("POST", "/api/talent/apartments/eligibility", CitizenAndOfficers),
        ("POST", "/api/talent/apartments/applications", Citizen),
        ("GET", "/api/talent/apartments/applications/mine", Citizen),
        ("GET", "/api/talent/apartments/waitlist", Officers),
        ("POST", "/api/talent/apartments/allocations", Officers),
        ("GET", "/api/talent/apartments/leases", Officers),
        ("POST", "/api/talent/competition/entries", Officers),
        ("POST", $"/api/talent/competition/entries/{Unknown}/landing", Officers),
        ("POST", "/api/talent/fairs", Officers),
        ("POST", $"/api/talent/fairs/{Unknown}/registrations", Firm),
        ("POST", "/api/talent/welfare/households", Welfare),
        ("GET", "/api/talent/welfare/households", Welfare),
        ("GET", $"/api/talent/welfare/households/{Unknown}", Welfare),
        ("POST", $"/api/talent/welfare/households/{Unknown}/reviews", Welfare),
        ("POST", $"/api/talent/welfare/households/{Unknown}/exit", Welfare),
        ("POST", $"/api/talent/welfare/households/{Unknown}/re-entry", Welfare),
        ("POST", "/api/talent/welfare/assistance/applications", Welfare),
        ("GET", "/api/talent/welfare/assistance/applications", Welfare),
        ("GET", $"/api/talent/welfare/assistance/applications/{Unknown}", Welfare),
        ("POST", $"/api/talent/welfare/assistance/applications/{Unknown}/approve", Welfare),
        ("POST", $"/api/talent/welfare/assistance/applications/{Unknown}/reject", Welfare),
        ("POST", $"/api/talent/welfare/assistance/applications/{Unknown}/payment", Welfare),
        ("POST", "/api/talent/welfare/assistance/mine", Citizen),
        ("GET", "/api/talent/welfare/assistance/mine", Citizen),
        ("POST", $"/api/talent/welfare/health-services/{Unknown}/slots", Welfare),
        ("GET", $"/api/talent/welfare/health-slots/{Unknown}/bookings", Welfare),
        ("POST", "/api/talent/welfare/health-bookings", Citizen),
        ("GET", "/api/talent/welfare/health-bookings/mine", Citizen),
        ("POST", $"/api/talent/welfare/health-bookings/{Unknown}/cancel", Citizen),
        ("GET", "/api/talent/recruitment-offers", FirmAndOfficers),
        ("GET", $"/api/talent/recruitment-offers/{Unknown}", FirmAndOfficers),
        ("POST", $"/api/talent/recruitment-offers/{Unknown}/accept", Firm),
        ("POST", $"/api/talent/recruitment-offers/{Unknown}/decline", Firm),
    ];

    [Fact]
    public async Task Only_the_intended_roles_pass_authorization_on_every_protected_endpoint()
    {
        await using var talent = await TalentHost.StartAsync(servers);
        using var anonymous = talent.Anonymous();
        var clients = TestCaller.ByRole.ToDictionary(r => r.Key, r => talent.Client(r.Value));
        var wrong = new List<string>();

        foreach (var (method, path, allowed) in Endpoints)
        {
            var unauthenticated = (await SendAsync(anonymous, method, path)).StatusCode;
            if (unauthenticated != HttpStatusCode.Unauthorized)
            {
                wrong.Add($"anonymous {method} {path}: {unauthenticated}");
            }
            foreach (var (role, client) in clients)
            {
                var status = (await SendAsync(client, method, path)).StatusCode;
                var passed = status is not HttpStatusCode.Unauthorized and not HttpStatusCode.Forbidden;
                if (allowed.Contains(role) != passed)
                {
                    wrong.Add($"{role} {method} {path}: {status}");
                }
            }
        }

        foreach (var client in clients.Values)
        {
            client.Dispose();
        }
        Assert.True(wrong.Count == 0, string.Join(Environment.NewLine, wrong));
        Assert.Equal(57, Endpoints.Length);
    }

    /// <summary>Citizen endpoints that take a person's resident ID: a citizen may name only themselves.</summary>
    private static readonly (string Path, Func<string, object> Body)[] PersonNamingEndpoints =
    [
        ($"/api/talent/jobs/{Unknown}/applications", id => new { applicantName = "陈志强", phone = "13805951234", residentIdNumber = id }),
        ("/api/talent/apartments/eligibility", id => new { residentIdNumber = id }),
        ("/api/talent/apartments/applications", id => new { applicantName = "陈志强", phone = "13805951234", residentIdNumber = id }),
    ];

    [Fact]
    public async Task A_citizen_naming_anyone_but_themselves_is_refused_on_every_endpoint_that_takes_a_resident_id()
    {
        await using var talent = await TalentHost.StartAsync(servers);
        using var verified = talent.Client(TalentHost.Citizen(901));
        using var unverified = talent.Client(TestCaller.Citizen);
        var someoneElse = TalentHost.ResidentId(902);
        var wrong = new List<string>();

        foreach (var (path, body) in PersonNamingEndpoints)
        {
            foreach (var (who, client) in new[] { ("verified", verified), ("unverified", unverified) })
            {
                using var response = await client.PostAsJsonAsync(path, body(someoneElse));
                var text = await response.Content.ReadAsStringAsync();
                if (response.StatusCode != HttpStatusCode.Forbidden || !text.Contains("\"field\":\"residentIdNumber\"", StringComparison.Ordinal))
                {
                    wrong.Add($"{who} citizen naming another person at {path}: {(int)response.StatusCode} {text}");
                }
            }
        }

        Assert.True(wrong.Count == 0, string.Join(Environment.NewLine, wrong));
        Assert.Equal(0, await talent.ScalarAsync("SELECT count(*) FROM talent.job_applications") + await talent.ScalarAsync("SELECT count(*) FROM talent.housing_applications"));
    }

    [Fact]
    public async Task A_civil_affairs_officer_passes_on_every_welfare_endpoint_and_on_no_other_officer_endpoint()
    {
        await using var talent = await TalentHost.StartAsync(servers);
        using var officer = talent.Client(TalentHost.WelfareOfficer);
        var wrong = new List<string>();

        foreach (var (method, path, allowed) in Endpoints)
        {
            var status = (await SendAsync(officer, method, path)).StatusCode;
            var passed = status is not HttpStatusCode.Unauthorized and not HttpStatusCode.Forbidden;
            if (passed != (allowed == Welfare))
            {
                wrong.Add($"MZJ {method} {path}: {status}");
            }
        }

        Assert.True(wrong.Count == 0, string.Join(Environment.NewLine, wrong));
    }

    [Fact]
    public async Task Public_information_needs_no_token()
    {
        await using var talent = await TalentHost.StartAsync(servers);
        using var anonymous = talent.Anonymous();

        foreach (var path in new[] { "/api/talent/jobs", "/api/talent/service-points", "/api/talent/service-points/coverage", "/api/talent/statistics/talents", "/api/talent/competition/entries", "/api/talent/fairs", "/api/talent/welfare/health-services", "/api/talent/welfare/assistance/types" })
        {
            Assert.True((await anonymous.GetAsync(path)).StatusCode == HttpStatusCode.OK, path);
        }
    }

    private static Task<HttpResponseMessage> SendAsync(HttpClient client, string method, string path) =>
        method == "GET" ? client.GetAsync(path) : client.PostAsJsonAsync(path, new { });
}
