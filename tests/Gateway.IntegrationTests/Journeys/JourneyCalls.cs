using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Qingmeng.Testing.Hosting;

namespace Gateway.IntegrationTests.Journeys;

/// <summary>Reads and waits shared by the journeys: profile facts, the scorecard, policies published for one journey.</summary>
internal static class JourneyCalls
{
    /// <summary>Events cross the broker and an inbox or two; on a loaded machine that can take a while.</summary>
    public static readonly TimeSpan EventTimeout = TimeSpan.FromSeconds(90);

    public static DateOnly ChinaToday => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));

    /// <summary>The month of the scorecard a fact dated today (China) lands in.</summary>
    public static string ChinaMonth => "M" + ChinaToday.Month.ToString("00", CultureInfo.InvariantCulture);

    /// <summary>A profile fact's numeric value, 0 when the profile does not hold it yet.</summary>
    public static async Task<decimal> ProfileNumberAsync(HttpClient firm, string field)
    {
        var profile = await GatewayCalls.ExpectAsync(await firm.GetAsync("/api/policy/profiles/me"), HttpStatusCode.OK);
        foreach (var fact in profile.GetProperty("facts").EnumerateArray())
        {
            if (fact.GetProperty("field").GetString() == field && fact.GetProperty("value").ValueKind == JsonValueKind.Number)
            {
                return fact.GetProperty("value").GetDecimal();
            }
        }
        return 0;
    }

    /// <summary>One indicator of this month's zone scorecard (0 while it has no value).</summary>
    public static async Task<decimal> ScorecardAsync(HttpClient reader, string code)
    {
        var report = await GatewayCalls.ExpectAsync(
            await reader.GetAsync($"/api/governance/scorecard?year={ChinaToday.Year}&period={ChinaMonth}"), HttpStatusCode.OK);
        var indicator = report.GetProperty("indicators").EnumerateArray().Single(i => i.GetProperty("code").GetString() == code);
        return indicator.GetProperty("value").ValueKind == JsonValueKind.Number ? indicator.GetProperty("value").GetDecimal() : 0;
    }

    public static Task<decimal> WaitForScorecardAsync(HttpClient reader, string code, decimal atLeast) =>
        Eventually.MatchesAsync(() => ScorecardAsync(reader, code), value => value >= atLeast, EventTimeout,
            $"the scorecard's {code} to reach {atLeast}");

    /// <summary>A policy code no catalogue policy uses (QM-LC-nnn), fresh for each journey.</summary>
    public static string NewPolicyCode() => "QM-LC-" + Random.Shared.Next(100, 1000).ToString(CultureInfo.InvariantCulture);

    /// <summary>A policy officer writes and publishes a policy of this year's budget with the given conditions.</summary>
    public static async Task PublishPolicyAsync(HttpClient officer, string code, string category, string mode, string title, decimal amount, params object[] conditions)
    {
        var terms = new
        {
            title,
            issuingBody = "清濛开发区管理委员会",
            documentNumber = $"清濛管〔{ChinaToday.Year}〕{code[^3..]}号",
            summary = title + "（" + (mode == "NoApplication" ? "免申即享" : "快申快享") + "）。",
            clauses = new object[]
            {
                new { number = 1, heading = "适用对象", text = "第一条 适用对象。在清濛开发区登记注册的企业。" },
                new { number = 2, heading = "支持标准", text = $"第二条 支持标准。给予一次性奖励{amount:0}元。" },
                new { number = 3, heading = "资金管理", text = "第三条 资金管理。额满即止，同一企业同一年度限享受一次。" },
            },
            tags = new[] { "试行" },
            materials = Array.Empty<string>(),
            effectiveFrom = $"{ChinaToday.Year}-01-01",
            effectiveTo = $"{ChinaToday.Year + 1}-12-31",
            applicationOpensOn = $"{ChinaToday.Year}-01-01",
            applicationClosesOn = $"{ChinaToday.Year}-12-31",
            budgetPeriod = ChinaToday.Year.ToString(CultureInfo.InvariantCulture),
            budgetEnvelope = 1_000_000m,
            amountRule = new Dictionary<string, object> { ["$type"] = "fixed", ["amount"] = amount },
            mode,
            conditions = new Dictionary<string, object> { ["$type"] = "allOf", ["conditions"] = conditions },
        };
        await GatewayCalls.ExpectAsync(await officer.PostAsJsonAsync("/api/policy/policies", new { code, category, terms }), HttpStatusCode.Created);
        await GatewayCalls.ExpectAsync(await officer.PostAsync($"/api/policy/policies/{code}/publish", null), HttpStatusCode.OK);
    }

    public static Dictionary<string, object> Comparison(string field, string op, object value) =>
        new() { ["$type"] = "comparison", ["field"] = field, ["operator"] = op, ["value"] = value };

    /// <summary>The firm's verdict on one policy (Met, NotMet, Unknown).</summary>
    public static async Task<string> MatchOutcomeAsync(HttpClient firm, string code) =>
        (await GatewayCalls.ExpectAsync(await firm.GetAsync($"/api/policy/matches/me/{code}"), HttpStatusCode.OK)).GetProperty("outcome").GetString()!;

    /// <summary>A valid mainland resident ID nobody else in the run uses (GB 11643 check character).</summary>
    public static string NewResidentId(DateOnly born)
    {
        var body = "350503" + born.ToString("yyyyMMdd", CultureInfo.InvariantCulture) + Random.Shared.Next(100, 1000).ToString(CultureInfo.InvariantCulture);
        int[] weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
        var sum = body.Select((c, i) => (c - '0') * weights[i]).Sum();
        return body + "10X98765432"[sum % 11];
    }
}
