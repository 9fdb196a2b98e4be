using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Gateway.IntegrationTests.Journeys;

/// <summary>
/// A firm is penalised → finance and policy-match block it → the penalising department grants a credit repair → both
/// lift the block. Every step goes through the gateway with the demo accounts; the facts travel as events only.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class PenaltyAndCreditRepairJourneyTests(PlatformFixture platform)
{
    private const string FirmCreditCode = "91350503MA33RK6N3U";
    // 政府性融资担保贷: one of the products that require no open penalty.
    private const string GuaranteeProduct = "QZRCB-DBD";

    [Fact]
    public async Task A_penalised_firm_is_blocked_in_finance_and_policy_match_until_its_credit_is_repaired()
    {
        using var firm = await platform.ClientForAsync("lujin.admin");
        using var officer = await platform.ClientForAsync("officer.zjj");
        var reference = $"泉开市监罚〔2026〕{Random.Shared.Next(100_000, 999_999)}号";
        var chinaToday = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
        var need = await GatewayCalls.ExpectAsync(await firm.PostAsJsonAsync("/api/finance/needs", new
        {
            amount = 1_000_000m,
            termMonths = 12,
            purpose = "流动资金周转",
        }), HttpStatusCode.Created);
        var needId = need.GetProperty("need").GetProperty("id").GetGuid();
        var openBefore = OpenPenalties(need);

        // 市场监管局 records the penalty (PenaltyRecorded); decided four months ago, so the 3-month publicity period is over.
        await GatewayCalls.ExpectAsync(await officer.PostAsJsonAsync("/api/governance/penalties", new
        {
            reference,
            creditCode = FirmCreditCode,
            category = "MarketRegulation",
            fineAmount = 80_000m,
            decidedOn = chinaToday.AddMonths(-4),
            description = "生产销售不符合保障人体健康安全标准的电子元器件，货值金额较大。",
        }), HttpStatusCode.Created);

        var blockedInPolicy = await GatewayCalls.WaitForProfileFactAsync(firm, "penaltiesLast12Months",
            f => f.GetProperty("reference").GetString() == reference, $"counting penalty {reference}");
        Assert.Equal("governance:PenaltyRecorded", blockedInPolicy.GetProperty("source").GetString());
        var counted = blockedInPolicy.GetProperty("value").GetInt32();
        Assert.True(counted >= 1, blockedInPolicy.ToString());
        var blockedInFinance = await WaitForOpenPenaltiesAsync(firm, needId, openBefore + 1);
        Assert.Equal("NotMet", GuaranteeOutcome(blockedInFinance));

        // The firm applies for repair; the penalising department verifies and grants it (CreditRepaired).
        var application = await GatewayCalls.ExpectAsync(await firm.PostAsJsonAsync("/api/governance/credit-repairs", new
        {
            penaltyReference = reference,
            commitment = "本企业承诺已全面整改，今后严格遵守产品质量相关法律法规。",
            evidence = new[] { new { description = "罚没款缴纳凭证", reference = "JK2026-" + Random.Shared.Next(1000, 9999) } },
        }), HttpStatusCode.Created);
        await GatewayCalls.ExpectAsync(await officer.PostAsJsonAsync(
            $"/api/governance/credit-repairs/{application.GetProperty("id").GetGuid()}/grant",
            new { finePaid = true, corrected = true, reason = "罚款已缴清，问题产品已召回销毁，整改到位，准予信用修复。" }), HttpStatusCode.OK);

        var repaired = await GatewayCalls.WaitForProfileFactAsync(firm, "creditRepaired",
            f => f.GetProperty("reference").GetString() == reference, $"from the repair of {reference}");
        Assert.True(repaired.GetProperty("value").GetBoolean(), repaired.ToString());
        var lifted = await GatewayCalls.WaitForProfileFactAsync(firm, "penaltiesLast12Months",
            f => f.GetProperty("source").GetString() == "governance:CreditRepaired" && f.GetProperty("reference").GetString() == reference,
            $"taking {reference} off");
        Assert.Equal(counted - 1, lifted.GetProperty("value").GetInt32());
        var unblocked = await WaitForOpenPenaltiesAsync(firm, needId, openBefore);
        Assert.Equal(openBefore, OpenPenalties(unblocked));
    }

    /// <summary>Finance's count of the firm's open penalties, as the guarantee product's rule saw it.</summary>
    private static int OpenPenalties(JsonElement matchmaking) =>
        // The fact is rendered with its unit ("1 件").
        int.Parse(Regex.Match(GuaranteeRule(matchmaking).GetProperty("actual").GetString()!, @"^\d+").Value, CultureInfo.InvariantCulture);

    private static string GuaranteeOutcome(JsonElement matchmaking) => GuaranteeRule(matchmaking).GetProperty("outcome").GetString()!;

    private static JsonElement GuaranteeRule(JsonElement matchmaking)
    {
        var product = matchmaking.GetProperty("matches").EnumerateArray().Single(m => m.GetProperty("productCode").GetString() == GuaranteeProduct);
        return new[] { "explanations", "gaps", "missing" }
            .SelectMany(list => product.GetProperty(list).EnumerateArray())
            .First(e => e.GetProperty("field").GetString() == "openPenalties");
    }

    private static async Task<JsonElement> WaitForOpenPenaltiesAsync(HttpClient firm, Guid needId, int expected)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        var last = default(JsonElement);
        while (DateTime.UtcNow < deadline)
        {
            last = await GatewayCalls.ExpectAsync(await firm.GetAsync($"/api/finance/needs/{needId}/matches"), HttpStatusCode.OK);
            if (OpenPenalties(last) == expected)
            {
                return last;
            }
            await Task.Delay(TimeSpan.FromMilliseconds(250));
        }
        throw new TimeoutException($"Finance never counted {expected} open penalties; last answer: {last}");
    }
}
