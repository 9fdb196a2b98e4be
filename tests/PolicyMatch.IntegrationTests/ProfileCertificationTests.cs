using System.Net;
using System.Net.Http.Json;
using PolicyMatch.IntegrationTests.Infrastructure;
using static PolicyMatch.IntegrationTests.Infrastructure.PolicyHost;

namespace PolicyMatch.IntegrationTests;

[Collection(PlatformServersCollection.Name)]
public sealed class ProfileCertificationTests(PlatformServersFixture servers)
{
    private const string Granted = "SELECT count(*) FROM policy.outbox_messages WHERE event_type LIKE '%FirmCertificationGranted%'";

    [Fact]
    public async Task A_certification_the_profile_gains_is_announced_once_and_a_restated_or_reordered_list_announces_nothing()
    {
        await using var policy = await StartAsync(servers);
        var firm = NewFirm("泉州清濛精密制造有限公司");
        await policy.RegisterAsync(firm, new { certifications = new[] { "高新技术企业" } });
        Assert.Equal(1, await policy.ScalarAsync($"{Granted} AND payload::text LIKE '%高新技术企业%' AND payload::text LIKE '%{firm.CreditCode}%'"));

        using var officer = policy.Client(TestCaller.PolicyOfficer);
        await EnsureAsync(await officer.PutAsJsonAsync($"/api/policy/profiles/{firm.CreditCode}/facts",
            new { facts = new { certifications = new[] { "高新技术企业", "省级专精特新中小企业" } } }), HttpStatusCode.OK);
        Assert.Equal(1, await policy.ScalarAsync($"{Granted} AND payload::text LIKE '%省级专精特新中小企业%'"));

        await EnsureAsync(await officer.PutAsJsonAsync($"/api/policy/profiles/{firm.CreditCode}/facts",
            new { facts = new { certifications = new[] { "省级专精特新中小企业", "高新技术企业" } } }), HttpStatusCode.OK);
        await EnsureAsync(await officer.PutAsJsonAsync($"/api/policy/profiles/{firm.CreditCode}/facts",
            new { facts = new { certifications = new[] { "省级专精特新中小企业", "高新技术企业" } } }), HttpStatusCode.OK);
        Assert.Equal(2, await policy.ScalarAsync(Granted));
    }
}
