using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Qingmeng.Testing.Hosting;

namespace Gateway.IntegrationTests.Journeys;

/// <summary>
/// A citizen files through Open311 (governance) → the centre dispatches the case and the department closes it → a demand
/// signal reaches policy-match (CaseClosed) → a firm's question to the consultant on the same matter is grouped with it
/// under one theme, the policy category both are about. Every step goes through the gateway with the demo accounts.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class CitizenCaseToDemandSignalJourneyTests(PlatformFixture platform)
{
    // 劳动保障 · 欠薪投诉; its theme is 稳岗就业, as is the policy that answers the question below.
    private const string ServiceCode = "LABOUR-02";
    private const string Theme = "Employment";

    [Fact]
    public async Task An_open311_case_closed_by_its_department_is_grouped_with_consultant_questions_on_the_same_theme()
    {
        using var citizen = await platform.ClientForAsync("citizen.chen");
        using var labourOffice = await platform.ClientForAsync("officer.rsj");
        using var firm = await platform.ClientForAsync("lujin.admin");
        using var officer = await platform.ClientForAsync(PlatformFixture.PolicyOfficer);
        var themesBefore = await ThemeCountsAsync(officer);

        // Open311 GeoReport v2: the citizen's request is a case at once (the token is the case id).
        var filed = await GatewayCalls.ExpectAsync(await citizen.PostAsync("/api/governance/open311/v2/requests.json", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["service_code"] = ServiceCode,
            ["description"] = "清濛园区某电子厂拖欠我和十几名工友两个月工资，多次讨要未果，请求帮助追讨。 " + Guid.NewGuid().ToString("N")[..6],
            ["address_string"] = "清濛经济技术开发区崇宏街8号",
        })), HttpStatusCode.Created, HttpStatusCode.OK);
        var number = filed[0].GetProperty("service_request_id").GetString()!;
        var caseId = Guid.Parse(filed[0].GetProperty("token").GetString()!);

        // The centre dispatches it to 人社局, which signs for it and closes it (CaseClosed).
        await GatewayCalls.ExpectAsync(await platform.Gateway.PostAsJsonAsync($"/api/governance/cases/{caseId}/dispatch", new { leadDepartmentCode = "RSJ" }), HttpStatusCode.OK);
        await Eventually.MatchesAsync(async () => (await labourOffice.GetAsync($"/api/governance/cases/{caseId}")).StatusCode,
            status => status == HttpStatusCode.OK, JourneyCalls.EventTimeout, "人社局 to see the case");
        await GatewayCalls.ExpectAsync(await labourOffice.PostAsync($"/api/governance/cases/{caseId}/sign-for", null), HttpStatusCode.OK);
        await GatewayCalls.ExpectAsync(await labourOffice.PostAsJsonAsync($"/api/governance/cases/{caseId}/complete",
            new { resolution = "经劳动保障监察，企业已足额支付拖欠的工资共计18.6万元。" }), HttpStatusCode.OK);

        // Governance: the citizen sees the request closed with its resolution.
        var request = await GatewayCalls.ExpectAsync(await citizen.GetAsync($"/api/governance/open311/v2/requests/{number}.json"), HttpStatusCode.OK);
        Assert.Equal("closed", request[0].GetProperty("status").GetString());

        // Policy-match: the closed case is a demand signal of its module, themed 稳岗就业.
        var caseSignal = await Eventually.MatchesAsync(
            async () => (await GatewayCalls.ExpectAsync(await officer.GetAsync($"/api/policy/signals?reference={number}"), HttpStatusCode.OK)).GetProperty("items"),
            items => items.GetArrayLength() > 0, JourneyCalls.EventTimeout, $"a demand signal of case {number}");
        Assert.Equal("LABOUR", caseSignal[0].GetProperty("topic").GetString());
        Assert.Equal(Theme, caseSignal[0].GetProperty("theme").GetString());

        // A firm asks the consultant about the same matter; the answering policy (稳岗返还) gives the question the same theme.
        var answer = await GatewayCalls.ExpectAsync(await firm.PostAsJsonAsync("/api/policy/consult",
            new { question = "今年没裁员，失业保险稳岗返还能拿多少？" }), HttpStatusCode.OK);
        Assert.True(answer.GetProperty("answered").GetBoolean(), answer.ToString());
        var questionReference = answer.GetProperty("questionId").GetGuid().ToString("N");

        var grouped = await GatewayCalls.ExpectAsync(await officer.GetAsync($"/api/policy/signals?theme={Theme}&pageSize=200"), HttpStatusCode.OK);
        var items = grouped.GetProperty("items").EnumerateArray().ToList();
        Assert.All(items, s => Assert.Equal(Theme, s.GetProperty("theme").GetString()));
        Assert.Contains(items, s => s.GetProperty("reference").GetString() == number && s.GetProperty("source").GetString() == "ClosedCase");
        Assert.Contains(items, s => s.GetProperty("reference").GetString() == questionReference && s.GetProperty("source").GetString() == "ConsultantQuestion");
        var themesAfter = await ThemeCountsAsync(officer);
        // At least: another flow's labour case may close meanwhile.
        Assert.True(themesAfter.ClosedCases >= themesBefore.ClosedCases + 1, $"{themesBefore} → {themesAfter}");
        Assert.True(themesAfter.Questions >= themesBefore.Questions + 1, $"{themesBefore} → {themesAfter}");
    }

    /// <summary>The signals of the theme, by source, as the officers' grouped view counts them.</summary>
    private static async Task<(long ClosedCases, long Questions)> ThemeCountsAsync(HttpClient officer)
    {
        var themes = await GatewayCalls.ExpectAsync(await officer.GetAsync("/api/policy/signals/themes"), HttpStatusCode.OK);
        var theme = themes.EnumerateArray().SingleOrDefault(t => t.GetProperty("theme").GetString() == Theme);
        return theme.ValueKind == JsonValueKind.Undefined ? (0, 0)
            : (theme.GetProperty("closedCases").GetInt64(), theme.GetProperty("consultantQuestions").GetInt64());
    }
}
