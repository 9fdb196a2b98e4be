using System.Net;
using Qingmeng.ServiceDefaults.Authentication;

namespace Governance.IntegrationTests;

/// <summary>
/// 包容审慎 applied: <c>POST /penalties</c> runs the lenient lists. Dated May 2022, which no other test uses, so the
/// scorecard's 微错容纠 figure is this test's alone.
/// </summary>
[Collection(GovernanceServersCollection.Name)]
public sealed class LenientPenaltyTests(PlatformServersFixture servers)
{
    private const string Penalties = "/api/governance/penalties";

    private static readonly TestCaller Scj = new("officer-scj", "市监执法", [PlatformRoles.DepartmentOfficer], DepartmentCode: "SCJ");

    /// <summary>Tuesday 10 May 2022, 10:00 in China.</summary>
    private static readonly DateTimeOffset May10 = new(2022, 5, 10, 10, 0, 0, TimeSpan.FromHours(8));

    private static object Offence(string reference, string harm = "Minor", bool correctedInTime = true, string rule = "SCJ-NP-01", decimal fine = 2_000m) => new
    {
        reference, creditCode = TestTokens.FirmACreditCode, category = "MarketRegulation", fineAmount = fine, decidedOn = "2022-05-09",
        description = "未按规定期限公示 2021 年度报告，责令后已补报。", lenientRuleCode = rule, harm, correctedInTime,
    };

    [Fact]
    public async Task A_first_minor_offence_on_the_no_penalty_list_is_a_recorded_no_penalty_decision_and_the_second_is_fined()
    {
        await using var host = await GovernanceHost.StartAsync(servers, fakeNow: May10);

        var first = await host.ExpectAsync(HttpStatusCode.Created, Scj, Penalties, Offence("泉开市监不罚〔2022〕1号"));
        Assert.Equal("NoPenalty", first.GetProperty("treatment").GetString());
        Assert.Contains("不予处罚清单", first.GetProperty("legalBasis").GetString());
        Assert.Equal(0, await host.ScalarAsync("SELECT count(*) FROM governance.penalties"));
        Assert.Equal(0, await host.ScalarAsync("SELECT count(*) FROM governance.outbox_messages WHERE event_type LIKE '%PenaltyRecorded%'"));
        Assert.Equal(1, await host.ScalarAsync("SELECT count(*) FROM governance.outbox_messages WHERE event_type LIKE '%LenientTreatmentApplied%'"));
        Assert.Equal(1, await host.ScalarAsync("SELECT count(*) FROM governance.audit_records WHERE action = 'penalty.not-imposed'"));

        // The retry is the same decision; the firm sees it, another firm does not.
        var retry = await host.ExpectAsync(HttpStatusCode.OK, Scj, Penalties, Offence("泉开市监不罚〔2022〕1号"));
        Assert.Equal(first.GetProperty("id").GetGuid(), retry.GetProperty("id").GetGuid());
        var mine = await host.GetAsync(TestCaller.FirmA, "/api/governance/lenient-decisions");
        Assert.Equal(1, mine.GetProperty("count").GetInt64());
        var theirs = await host.GetAsync(TestCaller.FirmB, "/api/governance/lenient-decisions");
        Assert.Equal(0, theirs.GetProperty("count").GetInt64());

        // Not the first offence any more: fined as usual.
        var second = await host.ExpectAsync(HttpStatusCode.Created, Scj, Penalties, Offence("泉开市监罚〔2022〕2号"));
        Assert.Equal(2_000m, second.GetProperty("fineAmount").GetDecimal());
        Assert.Equal(1, await host.ScalarAsync("SELECT count(*) FROM governance.outbox_messages WHERE event_type LIKE '%PenaltyRecorded%'"));
    }

    [Fact]
    public async Task Serious_harm_or_another_departments_rule_or_a_missing_condition_is_never_lenient()
    {
        await using var host = await GovernanceHost.StartAsync(servers, fakeNow: May10);

        var serious = await host.ExpectAsync(HttpStatusCode.Created, Scj, Penalties, Offence("泉开市监罚〔2022〕3号", harm: "Serious"));
        Assert.Equal(2_000m, serious.GetProperty("fineAmount").GetDecimal());
        var (otherDepartment, problem) = await host.PostAsync(Scj, Penalties, Offence("泉开市监罚〔2022〕4号", rule: "SWJ-NP-01"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, otherDepartment);
        Assert.Equal("lenientRuleCode", problem.GetProperty("field").GetString());
        var (missing, missingProblem) = await host.PostAsync(Scj, Penalties, new
        {
            reference = "泉开市监罚〔2022〕5号", creditCode = TestTokens.FirmACreditCode, category = "MarketRegulation", fineAmount = 2_000m,
            decidedOn = "2022-05-09", description = "未按规定期限公示年度报告。", lenientRuleCode = "SCJ-NP-01",
        });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, missing);
        Assert.Equal("harm", missingProblem.GetProperty("field").GetString());
        Assert.Equal(0, await host.ScalarAsync("SELECT count(*) FROM governance.lenient_decisions"));
    }

    [Fact]
    public async Task Lenient_treatment_reaches_the_scorecard_as_the_micro_error_tolerance_count()
    {
        await using var host = await GovernanceHost.StartAsync(servers, fakeNow: May10);
        using var client = host.Primary.CreateClient();
        client.DefaultRequestHeaders.Add("X-Operator-Key", ServiceHost<Program>.OperatorKey);
        await Eventually.MatchesAsync(
            async () => await client.GetStringAsync("/ops/messaging/error-queues"),
            body => body.Contains("scorecard-lenient-treatment-applied", StringComparison.Ordinal),
            TimeSpan.FromSeconds(60), "the scorecard's lenient-treatment consumer to start");

        await host.ExpectAsync(HttpStatusCode.Created, Scj, Penalties, Offence("泉开市监不罚〔2022〕6号"));

        await Eventually.MatchesAsync(
            async () => Indicator(await host.GetAsync(TestCaller.Dispatcher, "/api/governance/scorecard?year=2022&period=Q2"), "enforcement.microErrorTolerance"),
            value => value == 1m, TimeSpan.FromSeconds(90), "the 微错容纠 count on the scorecard");
    }

    private static decimal? Indicator(System.Text.Json.JsonElement report, string code) =>
        report.GetProperty("indicators").EnumerateArray().Where(i => i.GetProperty("code").GetString() == code)
            .Select(i => (decimal?)i.GetProperty("value").GetDecimal()).FirstOrDefault();
}
