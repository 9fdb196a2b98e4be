using System.Net;
using System.Text.Json;

namespace Gateway.IntegrationTests;

/// <summary>
/// The README's 政策找企 demo on a freshly started platform: the demo data went through the services' own commands and
/// events, so 泉州杰嘉电子's profile is registered with facts from approval, governance, finance and talent, and its
/// matches give real verdicts with reasons.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class DemoProfileThroughGatewayTests(PlatformFixture platform)
{
    private static readonly string[] Producers = ["approval:", "governance:", "finance:", "talent:"];

    [Fact]
    public async Task The_demo_firms_profile_has_facts_from_four_services_and_matches_that_are_eligible_or_not_met_with_reasons()
    {
        using var firm = await platform.ClientForAsync("jiejia.admin");

        var profile = await WaitForProfileAsync(firm, p => Producers.All(producer => SourcesOf(p).Any(s => s.StartsWith(producer, StringComparison.Ordinal))));

        Assert.True(profile.GetProperty("registered").GetBoolean(), profile.ToString());
        Assert.Equal("泉州杰嘉电子有限公司", profile.GetProperty("name").GetString());
        var facts = profile.GetProperty("facts").EnumerateArray().ToDictionary(f => f.GetProperty("field").GetString()!, f => f);
        Assert.Equal("governance:FirmRegistered", facts["industryCode"].GetProperty("source").GetString());
        Assert.Equal("C39", facts["industryCode"].GetProperty("value").GetString());

        var matches = await GatewayCalls.ExpectAsync(await firm.GetAsync("/api/policy/matches/me?pageSize=100"), HttpStatusCode.OK);
        var items = matches.GetProperty("items").EnumerateArray().ToList();
        var eligible = items.Where(m => m.GetProperty("outcome").GetString() == "Met").ToList();
        var notMet = items.Where(m => m.GetProperty("outcome").GetString() == "NotMet").ToList();
        Assert.True(eligible.Count > 0, $"no eligible policy among {items.Count}: {matches}");
        Assert.True(notMet.Count > 0, $"no policy not met among {items.Count}: {matches}");
        Assert.All(eligible.Concat(notMet), m => Assert.NotEmpty(m.GetProperty("explanations").EnumerateArray()));
        Assert.All(notMet, m => Assert.Contains(m.GetProperty("explanations").EnumerateArray(),
            e => e.GetProperty("outcome").GetString() == "NotMet" && e.GetProperty("text").GetString()!.Length > 0));
    }

    private static IEnumerable<string> SourcesOf(JsonElement profile) =>
        profile.GetProperty("facts").EnumerateArray().Select(f => f.GetProperty("source").GetString() ?? "");

    /// <summary>Polls the firm's own profile until <paramref name="done"/> holds (the seeded events are still being delivered at start-up).</summary>
    private static async Task<JsonElement> WaitForProfileAsync(HttpClient firm, Func<JsonElement, bool> done)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromMinutes(3);
        var last = "";
        while (DateTime.UtcNow < deadline)
        {
            using var response = await firm.GetAsync("/api/policy/profiles/me");
            last = await response.Content.ReadAsStringAsync();
            if (response.StatusCode == HttpStatusCode.OK)
            {
                var profile = JsonDocument.Parse(last).RootElement.Clone();
                if (done(profile))
                {
                    return profile;
                }
            }
            await Task.Delay(TimeSpan.FromMilliseconds(500));
        }
        throw new TimeoutException($"The demo firm's profile never held facts from {string.Join(", ", Producers)}; last response: {last}");
    }
}
