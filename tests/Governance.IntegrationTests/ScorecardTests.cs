using System.Net;
using System.Text.Json;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Qingmeng.Contracts;
using Qingmeng.Contracts.ReferenceData;

namespace Governance.IntegrationTests;

/// <summary>
/// The zone scorecard on real servers: governance's own case events come back through the broker, the other services'
/// events are published to it; every event is delivered twice. Dated June 2025 (and June 2024 for the prior year), which
/// no other test uses, so events left in the shared queues by other tests cannot touch the figures.
/// </summary>
[Collection(GovernanceServersCollection.Name)]
public sealed class ScorecardTests(PlatformServersFixture servers)
{
    private static readonly TimeSpan China = TimeSpan.FromHours(8);
    private const string FirmA = TestTokens.FirmACreditCode;
    private const string FirmB = TestTokens.FirmBCreditCode;

    private static readonly string[] Endpoints =
    [
        "scorecard-case-filed", "scorecard-case-dispatched", "scorecard-case-closed", "scorecard-case-followed-up",
        "scorecard-project-registered", "scorecard-approval-task-completed", "scorecard-project-ready",
        "scorecard-subsidy-disbursed", "scorecard-loan-disbursed", "scorecard-talent-certified", "scorecard-hire-confirmed",
        "scorecard-certification-granted", "scorecard-subsidy-clawed-back",
        "scorecard-retention-incentive-due", "scorecard-retention-incentive-paid",
        "scorecard-application-guided", "scorecard-investment-intent-signed", "scorecard-investment-contract-signed",
    ];

    private static readonly Guid RetainedReferral = Guid.NewGuid(), Ambassador = Guid.NewGuid();

    /// <summary>Monday 9 June 2025, 10:00 in China.</summary>
    private static readonly DateTimeOffset June9 = new(2025, 6, 9, 10, 0, 0, China);

    private static T On<T>(T message, DateTimeOffset at) where T : IntegrationEvent => message with { OccurredAt = at };

    private static readonly IntegrationEvent[] Published =
    [
        // Subsidies: June 2025 600,000 + 400,000; June 2024 800,000.
        On(new SubsidyDisbursed(Guid.NewGuid(), "QM-ZJTX-01", 1, FirmA, 600_000m, "2025Q2"), June9.AddDays(1)),
        On(new SubsidyDisbursed(Guid.NewGuid(), "QM-WG-02", 1, FirmB, 400_000m, "2025Q2"), June9.AddDays(2)),
        On(new SubsidyDisbursed(Guid.NewGuid(), "QM-ZJTX-01", 1, FirmA, 800_000m, "2024Q2"), June9.AddYears(-1)),
        // 帮代办: A registers a key project and has a task completed; B registers a project.
        On(new ProjectRegistered(Guid.NewGuid(), "杰嘉电子生产基地", FirmA, 300_000_000m, "C39", true), June9),
        On(new ApprovalTaskCompleted(Guid.NewGuid(), Guid.NewGuid(), "JS-SGXK", FirmA, true, 4), June9.AddDays(3)),
        On(new ProjectRegistered(Guid.NewGuid(), "路金汽车精密零部件", FirmB, 80_000_000m, "C36", false), June9.AddDays(3)),
        // B becomes 省级专精特新; A's 高新技术企业 is not 专精特新.
        On(new FirmCertificationGranted(FirmB, "省级专精特新中小企业", new DateOnly(2025, 6, 5)), June9),
        On(new FirmCertificationGranted(FirmA, "高新技术企业", new DateOnly(2025, 6, 6)), June9),
        // One C-tier (high-level) and one E-tier talent; a loan; a hire through an ambassador.
        On(new TalentCertified(Guid.NewGuid(), FirmA, "C"), June9),
        On(new TalentCertified(Guid.NewGuid(), FirmA, "E"), June9),
        On(new LoanDisbursed(Guid.NewGuid(), FirmA, "QZRCB", "KCD", 2_000_000m, 12, new DateOnly(2025, 6, 4)), June9),
        On(new HireConfirmed(Guid.NewGuid(), FirmB, Guid.NewGuid(), Guid.NewGuid(), new DateOnly(2025, 6, 3)), June9),
        // 稳工留岗: an ambassador's incentive fell due on 3 June and was paid on the 6th.
        On(new RetentionIncentiveDue(RetainedReferral, FirmB, Ambassador, 1_000m, new DateOnly(2025, 6, 3)), June9),
        On(new RetentionIncentivePaid(RetainedReferral, FirmB, Ambassador, 1_000m, new DateOnly(2025, 6, 3), new DateOnly(2025, 6, 6)), June9),
    ];

    [Fact]
    public async Task Events_through_the_broker_reach_the_scorecard_once_and_a_rebuild_from_the_log_equals_the_incremental_figures()
    {
        await using var host = await GovernanceHost.StartAsync(servers, fakeNow: June9);
        await WaitForConsumersAsync(host);

        // Governance's own cases, through the API. X: closed on time, unsatisfied (重办), closed again, satisfied.
        var x = await host.FileSimpleAsync(place: "清濛园区一号工地");
        var path = $"/api/governance/cases/{x}";
        await host.ExpectAsync(HttpStatusCode.OK, TestCaller.Dispatcher, $"{path}/dispatch", new { leadDepartmentCode = "ZJJ" });
        await host.ExpectAsync(HttpStatusCode.OK, Callers.Zjj, $"{path}/sign-for");
        host.Clock!.Advance(TimeSpan.FromHours(2));
        await host.ExpectAsync(HttpStatusCode.OK, Callers.Zjj, $"{path}/complete", new { resolution = "已责令夜间停工。" });
        host.Clock.Advance(TimeSpan.FromHours(2));
        await host.ExpectAsync(HttpStatusCode.OK, TestCaller.Dispatcher, $"{path}/follow-up", new { satisfied = false, comment = "仍有夜间施工" });
        host.Clock.Advance(TimeSpan.FromHours(2));
        await host.ExpectAsync(HttpStatusCode.OK, Callers.Zjj, $"{path}/complete", new { resolution = "已加装隔音屏障并约谈施工方。" });
        host.Clock.Advance(TimeSpan.FromHours(2));
        await host.ExpectAsync(HttpStatusCode.OK, TestCaller.Dispatcher, $"{path}/follow-up", new { satisfied = true, comment = "满意" });
        // Y stays open; Z repeats Y (same module and place): a duplicate, counted nowhere.
        await host.FileSimpleAsync(place: "清濛园区二号工地");
        await host.FileSimpleAsync(place: "清濛园区二号工地");
        // The service's clock stays in June 2025: the outbox still publishes, as it runs on the wall clock.

        // Every other service's event, published twice (a redelivery keeps its event id).
        var bus = host.Primary.Services.GetRequiredService<IBus>();
        foreach (var message in Published.Concat(Published))
        {
            await bus.Publish(message, message.GetType());
        }

        // X: filed, dispatched, closed, followed up, closed, followed up; Y and Z filed → 8 case facts.
        var expectedFacts = 8 + Published.Length;
        await Eventually.MatchesAsync(() => host.ScalarAsync("SELECT count(*) FROM governance.scorecard_facts"),
            count => count == expectedFacts, TimeSpan.FromSeconds(90), "every event in the scorecard's log");
        await Eventually.MatchesAsync(() => Task.FromResult(host.Logs.Lines.Count(l => l.Contains("already processed by Scorecard", StringComparison.Ordinal))),
            skipped => skipped >= Published.Length, TimeSpan.FromSeconds(90), "every redelivery skipped");
        Assert.Equal(expectedFacts, await host.ScalarAsync("SELECT count(*) FROM governance.scorecard_facts"));

        var q2 = Indicators(await host.GetAsync(TestCaller.Dispatcher, "/api/governance/scorecard?year=2025&period=Q2"));
        // Cases filed X Y (Z duplicate) → 2, X closed → 50 %; X's latest closure on time → 1 / 1; follow-ups 1 of 2 satisfied → 50 %.
        AssertIndicator(q2, "cases.filed", 2m, null, null);
        AssertIndicator(q2, "cases.dispatched", 1m, null, null);
        AssertIndicator(q2, "cases.completionRate", 50m, null, null);
        AssertIndicator(q2, "cases.onTimeRate", 100m, null, null);
        AssertIndicator(q2, "cases.satisfactionRate", 50m, null, null);
        // 600,000 + 400,000 = 1,000,000 against 800,000 → +25 %; 2 firm-times against 1 → +100 %.
        AssertIndicator(q2, "subsidies.amount", 1_000_000m, 800_000m, 25m);
        AssertIndicator(q2, "subsidies.firmTimes", 2m, 1m, 100m);
        AssertIndicator(q2, "approval.firmsServed", 2m, null, null);
        AssertIndicator(q2, "approval.projects", 2m, null, null);
        AssertIndicator(q2, "approval.keyProjects", 1m, null, null);
        AssertIndicator(q2, "firms.newSpecialised", 1m, null, null);
        AssertIndicator(q2, "talents.highLevel", 1m, null, null);
        // One high-level talent per the zone's reference population of 52,000 → 1 × 10,000 / 52,000 = 0.19 per 10,000 people.
        AssertIndicator(q2, "talents.highLevelPer10k", Math.Round(10_000m / ZoneStatistics.Population, 2), null, null);
        AssertIndicator(q2, "loans.amount", 2_000_000m, null, null);
        AssertIndicator(q2, "hires.viaAmbassador", 1m, null, null);
        AssertIndicator(q2, "retention.fulfilmentRate", 100m, null, null);
        // B, the one 专精特新 firm certified by the end of June 2025; none a year earlier.
        AssertIndicator(q2, "firms.specialisedStock", 1m, null, null);

        // Officers read it too; a firm does not; a bad period is a 400 naming the field.
        using (var officer = host.Client(Callers.Zjj))
        using (var firm = host.Client(TestCaller.FirmA))
        using (var dispatcher = host.Client(TestCaller.Dispatcher))
        {
            Assert.Equal(HttpStatusCode.OK, (await officer.GetAsync("/api/governance/scorecard?year=2025&period=M06")).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await firm.GetAsync("/api/governance/scorecard?year=2025&period=Q2")).StatusCode);
            var bad = await dispatcher.GetAsync("/api/governance/scorecard?year=2025&period=Q5");
            Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
            Assert.Equal("period", JsonDocument.Parse(await bad.Content.ReadAsStringAsync()).RootElement.GetProperty("field").GetString());
            Assert.Equal(HttpStatusCode.BadRequest, (await dispatcher.GetAsync("/api/governance/scorecard?period=Q2")).StatusCode);
        }

        // Rebuild: the incrementally kept aggregates are set aside and wiped; the rebuild from the log gives them back exactly.
        var before = (await host.GetAsync(TestCaller.Dispatcher, "/api/governance/scorecard?year=2025&period=Y")).GetRawText();
        await servers.ExecuteAsync(host.Database,
            "CREATE TABLE governance.scorecard_incremental AS SELECT year, period, measure, value FROM governance.scorecard_aggregates; DELETE FROM governance.scorecard_aggregates;");
        await host.ExpectAsync(HttpStatusCode.Forbidden, TestCaller.Dispatcher, "/api/governance/scorecard/rebuild");
        var rebuilt = await host.ExpectAsync(HttpStatusCode.OK, TestCaller.Admin, "/api/governance/scorecard/rebuild");

        Assert.Equal(expectedFacts, rebuilt.GetProperty("facts").GetInt32());
        var cells = await host.ScalarAsync("SELECT count(*) FROM governance.scorecard_aggregates");
        Assert.True(cells > 40, $"only {cells} aggregate cells");
        Assert.Equal(cells, await host.ScalarAsync("SELECT count(*) FROM governance.scorecard_incremental"));
        Assert.Equal(0, await host.ScalarAsync(
            """
            SELECT count(*) FROM (
              (SELECT year, period, measure, value FROM governance.scorecard_aggregates
               EXCEPT SELECT year, period, measure, value FROM governance.scorecard_incremental)
              UNION ALL
              (SELECT year, period, measure, value FROM governance.scorecard_incremental
               EXCEPT SELECT year, period, measure, value FROM governance.scorecard_aggregates)) AS difference
            """));
        Assert.Equal(before, (await host.GetAsync(TestCaller.Dispatcher, "/api/governance/scorecard?year=2025&period=Y")).GetRawText());
        Assert.Equal(1, await host.ScalarAsync("SELECT count(*) FROM governance.audit_records WHERE action = 'scorecard.rebuilt'"));
    }

    /// <summary>
    /// March 2023, which no other test uses: a clawback (published before its payment, and announced twice) takes the
    /// payment back once in the period it was paid in; a renewal is no new loan.
    /// </summary>
    [Fact]
    public async Task A_clawback_through_the_broker_takes_its_payment_back_once_and_a_renewal_is_no_new_loan()
    {
        await using var host = await GovernanceHost.StartAsync(servers, fakeNow: June9);
        await WaitForConsumersAsync(host);
        var march10 = new DateTimeOffset(2023, 3, 10, 10, 0, 0, China);
        var payment = Guid.NewGuid();
        var loan = Guid.NewGuid();
        var clawback = On(new SubsidyClawedBack(Guid.NewGuid(), payment, "QM-KJ-007", 1, FirmA, 500_000m, "2023", new DateOnly(2023, 3, 10), "更正后不再符合条件"), march10.AddDays(50));
        IntegrationEvent[] events =
        [
            clawback,
            On(new SubsidyDisbursed(payment, "QM-KJ-007", 1, FirmA, 500_000m, "2023"), march10),
            On(new SubsidyDisbursed(Guid.NewGuid(), "QM-KJ-007", 1, FirmB, 300_000m, "2023"), march10.AddDays(2)),
            clawback with { EventId = Guid.NewGuid() },
            On(new LoanDisbursed(loan, FirmA, "QZBANK", "QZBANK-KCD", 1_000_000m, 12, new DateOnly(2023, 3, 5)), march10),
            On(new LoanDisbursed(Guid.NewGuid(), FirmA, "QZBANK", "QZBANK-XD", 1_000_000m, 12, new DateOnly(2023, 3, 20), RenewsLoanId: loan, ReplacedAmount: 1_000_000m), march10.AddDays(10)),
        ];
        var bus = host.Primary.Services.GetRequiredService<IBus>();
        foreach (var message in events.Append(clawback))
        {
            await bus.Publish(message, message.GetType());
        }

        await Eventually.MatchesAsync(() => host.ScalarAsync("SELECT count(*) FROM governance.scorecard_facts"),
            count => count == events.Length, TimeSpan.FromSeconds(90), "every event in the scorecard's log");

        // 500,000 + 300,000 paid in March, the first taken back: 300,000 to one firm; 1,000,000 lent once.
        var q1 = Indicators(await host.GetAsync(TestCaller.Dispatcher, "/api/governance/scorecard?year=2023&period=Q1"));
        AssertIndicator(q1, "subsidies.amount", 300_000m, null, null);
        AssertIndicator(q1, "subsidies.firmTimes", 1m, null, null);
        AssertIndicator(q1, "loans.amount", 1_000_000m, null, null);
        AssertIndicator(q1, "loans.count", 1m, null, null);
        Assert.Equal(0, await host.ScalarAsync("SELECT count(*) FROM governance.scorecard_aggregates WHERE value < 0"));
    }

    /// <summary>
    /// October 2021 (and October 2020 for the prior year), which no other test uses: 申报辅导 and the 正式合同转化率 of the
    /// investment agreements, each event delivered twice.
    /// </summary>
    [Fact]
    public async Task Guided_projects_and_investment_agreements_through_the_broker_give_the_guidance_and_conversion_figures()
    {
        var october11 = new DateTimeOffset(2021, 10, 11, 10, 0, 0, China);
        await using var host = await GovernanceHost.StartAsync(servers, fakeNow: october11);
        await WaitForConsumersAsync(host);
        Guid converted = Guid.NewGuid(), pending = Guid.NewGuid(), earlier = Guid.NewGuid(), lastYear = Guid.NewGuid();
        IntegrationEvent[] events =
        [
            // 申报辅导: two projects guided in October 2021, one in October 2020.
            On(new ApplicationGuided(Guid.NewGuid(), FirmA, "QM-ZJTX-01", new DateOnly(2021, 10, 8)), october11),
            On(new ApplicationGuided(Guid.NewGuid(), FirmB, "QM-WG-02", new DateOnly(2021, 10, 9)), october11),
            On(new ApplicationGuided(Guid.NewGuid(), FirmB, "QM-WG-02", new DateOnly(2020, 10, 9)), october11),
            // Q4 2021: two intentions, one became a contract; a 2021 Q3 intention was contracted in Q4 too.
            On(new InvestmentIntentSigned(converted, "福建某新材料投资方", null, 200_000_000m, new DateOnly(2021, 10, 4)), october11),
            On(new InvestmentContractSigned(converted, "福建某新材料投资方", FirmA, 210_000_000m, new DateOnly(2021, 10, 4), new DateOnly(2021, 10, 8)), october11),
            On(new InvestmentIntentSigned(pending, "厦门某智能装备投资方", null, 80_000_000m, new DateOnly(2021, 10, 6)), october11),
            On(new InvestmentIntentSigned(earlier, "泉州某鞋服投资方", FirmB, 50_000_000m, new DateOnly(2021, 9, 20)), october11),
            On(new InvestmentContractSigned(earlier, "泉州某鞋服投资方", FirmB, 50_000_000m, new DateOnly(2021, 9, 20), new DateOnly(2021, 10, 9)), october11),
            // Q4 2020: one intention, not converted.
            On(new InvestmentIntentSigned(lastYear, "晋江某物流投资方", null, 30_000_000m, new DateOnly(2020, 10, 12)), october11),
        ];
        var bus = host.Primary.Services.GetRequiredService<IBus>();
        foreach (var message in events.Concat(events))
        {
            await bus.Publish(message, message.GetType());
        }

        await Eventually.MatchesAsync(() => host.ScalarAsync("SELECT count(*) FROM governance.scorecard_facts"),
            count => count == events.Length, TimeSpan.FromSeconds(90), "every event in the scorecard's log");

        var q4 = Indicators(await host.GetAsync(TestCaller.Dispatcher, "/api/governance/scorecard?year=2021&period=Q4"));
        AssertIndicator(q4, "subsidies.guidedProjects", 2m, 1m, 100m);
        AssertIndicator(q4, "investment.intentions", 2m, 1m, 100m);
        AssertIndicator(q4, "investment.contracts", 2m, null, null);
        // Of Q4 2021's two intentions one is contracted: 50 %; Q4 2020's one is not: 0 % (no growth from zero).
        AssertIndicator(q4, "investment.contractConversionRate", 50m, 0m, null);
    }

    /// <summary>
    /// 初信办理质量, August 2019 (which no other test uses): the cases filed as petition letters, through the API and back
    /// through the broker, counted apart from the others.
    /// </summary>
    [Fact]
    public async Task First_letters_filed_through_the_api_give_the_first_letter_figures()
    {
        var august12 = new DateTimeOffset(2019, 8, 12, 10, 0, 0, China);
        await using var host = await GovernanceHost.StartAsync(servers, fakeNow: august12);
        await WaitForConsumersAsync(host);
        async Task<Guid> FileAsync(string channel, string place) => (await host.FileAsync(new
        {
            channel, moduleCode = "PETITION", title = "来信反映征迁补偿问题", description = "征迁补偿款迟迟未到位。",
            contactPhone = "13805951234", place,
        })).GetProperty("id").GetGuid();

        // Two first letters: one answered by the centre itself (即办, on time) and followed up satisfied, one still open.
        var answered = await FileAsync("PetitionLetter", "清濛街道一号");
        await FileAsync("PetitionLetter", "清濛街道二号");
        // A hotline call on the same matter is no first letter.
        var call = await FileAsync("Hotline", "清濛街道三号");
        host.Clock!.Advance(TimeSpan.FromHours(2));
        await host.ExpectAsync(HttpStatusCode.OK, TestCaller.Dispatcher, $"/api/governance/cases/{answered}/close", new { resolution = "已当面答复补偿标准并协调发放。" });
        await host.ExpectAsync(HttpStatusCode.OK, TestCaller.Dispatcher, $"/api/governance/cases/{call}/close", new { resolution = "热线当场解答。" });
        host.Clock.Advance(TimeSpan.FromHours(2));
        await host.ExpectAsync(HttpStatusCode.OK, TestCaller.Dispatcher, $"/api/governance/cases/{answered}/follow-up", new { satisfied = true, comment = "满意" });

        // Three filings, two closures, one follow-up.
        await Eventually.MatchesAsync(() => host.ScalarAsync("SELECT count(*) FROM governance.scorecard_facts"),
            count => count == 6, TimeSpan.FromSeconds(90), "every case event in the scorecard's log");

        var august = Indicators(await host.GetAsync(TestCaller.Dispatcher, "/api/governance/scorecard?year=2019&period=M08"));
        AssertIndicator(august, "petitions.firstLetters", 2m, null, null);
        AssertIndicator(august, "petitions.firstLetterCompletionRate", 50m, null, null);
        AssertIndicator(august, "petitions.firstLetterOnTimeRate", 100m, null, null);
        AssertIndicator(august, "petitions.firstLetterSatisfactionRate", 100m, null, null);
        AssertIndicator(august, "cases.filed", 3m, null, null);
    }

    private static Dictionary<string, JsonElement> Indicators(JsonElement report) =>
        report.GetProperty("indicators").EnumerateArray().ToDictionary(i => i.GetProperty("code").GetString()!);

    private static void AssertIndicator(Dictionary<string, JsonElement> indicators, string code, decimal value, decimal? prior, decimal? growth)
    {
        var indicator = indicators[code];
        Assert.True(value == indicator.GetProperty("value").GetDecimal(), $"{code}: {indicator}");
        Assert.True(prior == Decimal(indicator.GetProperty("priorYearValue")), $"{code}: {indicator}");
        Assert.True(growth == Decimal(indicator.GetProperty("yearOnYearGrowthPercent")), $"{code}: {indicator}");
    }

    private static decimal? Decimal(JsonElement element) => element.ValueKind == JsonValueKind.Null ? null : element.GetDecimal();

    private static async Task WaitForConsumersAsync(GovernanceHost host)
    {
        using var client = host.Primary.CreateClient();
        client.DefaultRequestHeaders.Add("X-Operator-Key", ServiceHost<Program>.OperatorKey);
        await Eventually.MatchesAsync(
            async () => await client.GetStringAsync("/ops/messaging/error-queues"),
            body => Endpoints.All(e => body.Contains(e, StringComparison.Ordinal)),
            TimeSpan.FromSeconds(60), "the scorecard's consumer endpoints to start");
    }
}
