using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Gateway.IntegrationTests;

/// <summary>Calls shared by the cross-service flows: expected statuses with the body in the failure, and waiting for a profile fact.</summary>
internal static class GatewayCalls
{
    public static async Task<JsonElement> ExpectAsync(HttpResponseMessage response, params HttpStatusCode[] expected)
    {
        using (response)
        {
            var body = await response.Content.ReadAsStringAsync();
            Assert.True(expected.Contains(response.StatusCode), $"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri}: {(int)response.StatusCode} {body}");
            return body.Length == 0 ? default : JsonDocument.Parse(body).RootElement.Clone();
        }
    }

    /// <summary>Polls the firm's own policy profile until a fact of <paramref name="field"/> matches <paramref name="matches"/>.</summary>
    public static async Task<JsonElement> WaitForProfileFactAsync(HttpClient firm, string field, Func<JsonElement, bool> matches, string what)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        var last = "";
        while (DateTime.UtcNow < deadline)
        {
            using var response = await firm.GetAsync("/api/policy/profiles/me");
            last = await response.Content.ReadAsStringAsync();
            if (response.StatusCode == HttpStatusCode.OK)
            {
                foreach (var fact in JsonDocument.Parse(last).RootElement.GetProperty("facts").EnumerateArray())
                {
                    if (fact.GetProperty("field").GetString() == field && matches(fact))
                    {
                        return fact.Clone();
                    }
                }
            }
            await Task.Delay(TimeSpan.FromMilliseconds(250));
        }
        throw new TimeoutException($"The profile never showed {field} {what}; last response: {last}");
    }

    /// <summary>Lists the firm on the IP-pledge white list, or leaves it listed: the platform is shared, another test may have listed it.</summary>
    public static async Task EnsureWhiteListedAsync(HttpClient officer, HttpClient firm, string creditCode)
    {
        using var evaluation = await officer.PostAsJsonAsync("/api/finance/whitelist/evaluations", new { creditCode });
        if (evaluation.StatusCode == HttpStatusCode.Conflict)
        {
            // An open entry exists: listed already, or proposed and waiting for this review.
            var entries = await ExpectAsync(await firm.GetAsync("/api/finance/whitelist?pageSize=100"), HttpStatusCode.OK);
            var open = entries.GetProperty("items").EnumerateArray()
                .First(e => e.GetProperty("creditCode").GetString() == creditCode && e.GetProperty("status").GetString() is "Proposed" or "Listed");
            if (open.GetProperty("status").GetString() == "Proposed")
            {
                await ReviewWhiteListEntryAsync(officer, open.GetProperty("id").GetGuid());
            }
            return;
        }
        var entry = await ExpectAsync(evaluation, HttpStatusCode.Created);
        await ReviewWhiteListEntryAsync(officer, entry.GetProperty("id").GetGuid());
    }

    private static async Task ReviewWhiteListEntryAsync(HttpClient officer, Guid entry) =>
        await ExpectAsync(await officer.PostAsJsonAsync($"/api/finance/whitelist/{entry}/review",
            new { list = true, note = "知识产权质押融资白名单评审通过" }), HttpStatusCode.OK);
}
