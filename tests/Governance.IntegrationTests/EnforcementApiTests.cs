using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Governance.IntegrationTests;

[Collection(GovernanceServersCollection.Name)]
public sealed class EnforcementApiTests(PlatformServersFixture servers)
{
    [Fact]
    public async Task A_firm_checks_whether_an_offence_qualifies_and_bad_input_names_the_field()
    {
        await using var host = await GovernanceHost.StartAsync(servers);
        using var firm = host.Client(TestCaller.FirmA);
        using var citizen = host.Client(TestCaller.Citizen);
        const string Check = "/api/governance/lenient-enforcement/check";

        var qualifies = await firm.PostAsJsonAsync(Check, new { ruleCode = "SCJ-NP-01", firstOffence = true, harm = "Minor", correctedInTime = true });
        var unknown = await firm.PostAsJsonAsync(Check, new { ruleCode = "NO-SUCH", firstOffence = true, harm = "Minor", correctedInTime = true });
        var missing = await firm.PostAsJsonAsync(Check, new { ruleCode = "SCJ-NP-01", harm = "Minor", correctedInTime = true });
        var refused = await citizen.PostAsJsonAsync(Check, new { ruleCode = "SCJ-NP-01", firstOffence = true, harm = "Minor", correctedInTime = true });
        var rules = await firm.GetFromJsonAsync<JsonElement>("/api/governance/lenient-enforcement/rules");

        Assert.Equal(HttpStatusCode.OK, qualifies.StatusCode);
        var result = await qualifies.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(result.GetProperty("qualifies").GetBoolean());
        Assert.Equal("NoPenalty", result.GetProperty("treatment").GetString());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, unknown.StatusCode);
        Assert.Equal("ruleCode", (await unknown.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("field").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.True((await missing.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("firstOffence", out _));
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(8, rules.GetArrayLength());
    }
}
