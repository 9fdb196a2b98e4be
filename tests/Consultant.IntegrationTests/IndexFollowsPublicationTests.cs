using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Qingmeng.PolicyMatch.Infrastructure.ReferenceData;
using Qingmeng.PolicyMatch.Model.Policies;
using Qingmeng.ServiceDefaults;

namespace Consultant.IntegrationTests;

[Collection(ConsultantServersCollection.Name)]
public sealed class IndexFollowsPublicationTests(ConsultantServers servers)
{
    private const string Question = "三争贷贴息比例是多少";

    [Fact]
    public async Task A_published_version_is_cited_and_a_retired_policy_no_longer_without_a_restart()
    {
        await using var host = await ConsultantHost.StartAsync(servers.Servers);
        using var firm = host.Anonymous();
        using var officer = host.Client(TestCaller.PolicyOfficer);

        var before = await ConsultantHost.AskAsync(firm, Question);
        var v1 = before.GetProperty("citations")[0];
        Assert.Equal(("QM-JR-004", 1), (v1.GetProperty("policyCode").GetString(), v1.GetProperty("version").GetInt32()));

        // An officer publishes version 2 with a higher rate and cap through the policy API.
        var terms = PolicyCatalogue.All.Single(e => e.Code == "QM-JR-004").Terms with
        {
            Summary = "对获得三争贷、用于争投资、争项目、争技改的企业，按本年度新增贷款的2%给予贴息，最高不超过80万元（免申即享）。",
            Clauses =
            [
                new PolicyClause(1, "适用对象", "第一条 适用对象。在清濛开发区依法登记注册并获得三争贷的企业。"),
                new PolicyClause(2, "支持标准", "第二条 支持标准。对获得三争贷的企业，按本年度新增贷款的2%给予贴息，最高不超过80万元。"),
            ],
        };
        await ConsultantHost.EnsureAsync(
            await officer.PutAsJsonAsync("/api/policy/policies/QM-JR-004/draft", terms, PlatformJson.Options), HttpStatusCode.OK);
        await ConsultantHost.EnsureAsync(await officer.PostAsync("/api/policy/policies/QM-JR-004/publish", null), HttpStatusCode.OK);

        var after = await Eventually.MatchesAsync(
            () => ConsultantHost.AskAsync(firm, Question),
            a => a.GetProperty("citations").EnumerateArray().Any(c => c.GetProperty("policyCode").GetString() == "QM-JR-004" && c.GetProperty("version").GetInt32() == 2),
            TimeSpan.FromSeconds(30), "the consultant to cite version 2");
        Assert.All(after.GetProperty("citations").EnumerateArray().Where(c => c.GetProperty("policyCode").GetString() == "QM-JR-004"),
            c => Assert.Equal(2, c.GetProperty("version").GetInt32()));
        var text = after.GetProperty("answer").GetString()!;
        Assert.Contains("80万元", text);
        Assert.DoesNotContain("最高不超过50万元", text);

        // Retirement takes it out of the answers.
        await ConsultantHost.EnsureAsync(
            await officer.PostAsJsonAsync("/api/policy/policies/QM-JR-004/retire", new { retiredOn = "2026-11-28" }), HttpStatusCode.OK);
        var retired = await Eventually.MatchesAsync(
            () => ConsultantHost.AskAsync(firm, Question),
            a => !Cites(a, "QM-JR-004"),
            TimeSpan.FromSeconds(30), "the consultant to stop citing the retired policy");
        Assert.DoesNotContain(retired.GetProperty("matches").EnumerateArray(), m => m.GetProperty("policyCode").GetString() == "QM-JR-004");
    }

    private static bool Cites(JsonElement answer, string code) =>
        answer.GetProperty("citations").EnumerateArray().Any(c => c.GetProperty("policyCode").GetString() == code)
        || answer.GetProperty("matches").EnumerateArray().Any(m => m.GetProperty("policyCode").GetString() == code);
}
