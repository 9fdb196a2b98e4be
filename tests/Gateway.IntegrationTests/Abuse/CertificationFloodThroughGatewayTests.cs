using System.Net;
using System.Net.Http.Json;
using static Gateway.IntegrationTests.GatewayCalls;

namespace Gateway.IntegrationTests.Abuse;

/// <summary>
/// The certification flood of issue #15: any number of any strings was accepted as a firm's certifications, and
/// each became a FirmCertificationGranted event for the scorecard. Certifications are a closed list that only an
/// officer enters, a few new ones at a time.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class CertificationFloodThroughGatewayTests(PlatformFixture platform)
{
    private const string LujinCreditCode = "91350503MA33RK6N3U";

    [Fact]
    public async Task A_firm_cannot_certify_itself_and_an_officer_cannot_enter_invented_or_too_many_certifications()
    {
        using var firm = await platform.ClientForAsync("lujin.admin");
        using var officer = await platform.ClientForAsync(PlatformFixture.PolicyOfficer);
        await ExpectAsync(await firm.PutAsJsonAsync("/api/policy/profiles/me", new { name = "福建路金汽车精密零部件有限公司" }), HttpStatusCode.OK);
        var held = Certifications(await ExpectAsync(await officer.GetAsync($"/api/policy/profiles/{LujinCreditCode}"), HttpStatusCode.OK));
        // Six of the catalogue's certifications the firm does not hold yet: one more than an officer may enter at once.
        var sixNew = new[] { "高新技术企业", "科技型中小企业", "创新型中小企业", "省级专精特新中小企业", "国家级专精特新“小巨人”企业",
            "省级企业技术中心", "知识产权优势企业", "绿色工厂" }.Except(held).Take(6).ToArray();
        Assert.Equal(6, sixNew.Length);

        var bySelf = await ExpectAsync(
            await firm.PutAsJsonAsync("/api/policy/profiles/me/facts", new { facts = new { certifications = new[] { "高新技术企业" } } }),
            HttpStatusCode.Forbidden, HttpStatusCode.UnprocessableEntity);
        var invented = await ExpectAsync(
            await officer.PutAsJsonAsync($"/api/policy/profiles/{LujinCreditCode}/facts",
                new { facts = new { certifications = Enumerable.Range(1, 50).Select(i => $"自封资质{i}号").ToArray() } }),
            HttpStatusCode.BadRequest);
        var tooMany = await ExpectAsync(
            await officer.PutAsJsonAsync($"/api/policy/profiles/{LujinCreditCode}/facts",
                new { facts = new { certifications = held.Concat(sixNew).ToArray() } }),
            HttpStatusCode.BadRequest);

        Assert.True(bySelf.GetProperty("errors").TryGetProperty("facts.certifications", out _), bySelf.ToString());
        Assert.True(invented.GetProperty("errors").TryGetProperty("facts.certifications", out _), invented.ToString());
        Assert.True(tooMany.GetProperty("errors").TryGetProperty("facts.certifications", out _), tooMany.ToString());
        var profile = await ExpectAsync(await officer.GetAsync($"/api/policy/profiles/{LujinCreditCode}"), HttpStatusCode.OK);
        Assert.Equal(held, Certifications(profile));
    }

    /// <summary>The certifications a profile holds (the demo seeds 福建路金 with two), sorted.</summary>
    private static string[] Certifications(System.Text.Json.JsonElement profile) =>
        profile.GetProperty("facts").EnumerateArray()
            .Where(f => f.GetProperty("field").GetString() == "certifications")
            .SelectMany(f => f.GetProperty("value").EnumerateArray().Select(v => v.GetString()!))
            .Order(StringComparer.Ordinal).ToArray();
}
