using System.Net;
using System.Text.Json;
using Platform.IntegrationTests.Infrastructure;

namespace Platform.IntegrationTests.Outages;

/// <summary>A RabbitMQ outage degrades the services; it does not take them out of rotation.</summary>
[Collection(PlatformServersCollection.Name)]
public sealed class BrokerOutageTests(PlatformServersFixture servers)
{
    private const string BusCheck = "masstransit-bus";
    private static readonly TimeSpan Generous = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task With_the_broker_stopped_a_service_stays_ready_and_serving_and_its_outbox_drains_once_the_broker_returns()
    {
        await using var pipeline = await CasePipeline.StartAsync(servers);
        await Eventually.MatchesAsync(() => SampleReadinessAsync(pipeline, []), BusHealthy, Generous, "governance's bus check to be healthy with the broker up");

        await servers.RabbitMq.StopAsync();
        var brokerRunning = false;
        try
        {
            // A running bus reports Degraded while its endpoints reconnect; a replica that starts during the outage
            // has a bus that never started, which MassTransit calls "Not ready" (Unhealthy): that used to keep it out of rotation.
            var answers = new List<Readiness>();
            await Eventually.MatchesAsync(
                () => SampleReadinessAsync(pipeline, answers), r => r.Checks.GetValueOrDefault(BusCheck) is not (null or "Healthy"),
                Generous, "the running bus to notice the broker is gone");
            await pipeline.RestartGovernanceAsync();
            var readiness = await Eventually.MatchesAsync(
                () => SampleReadinessAsync(pipeline, answers),
                r => r.Descriptions.GetValueOrDefault(BusCheck)?.StartsWith("Not ready", StringComparison.Ordinal) == true,
                Generous, "the restarted replica's bus check to find the broker gone");

            Assert.All(answers, answer => Assert.True(answer.Code == HttpStatusCode.OK, $"readiness answered {answer}"));
            Assert.Equal("Degraded", readiness.Status);
            Assert.Equal("Degraded", readiness.Checks[BusCheck]);
            using var probe = pipeline.Governance.CreateClient();
            Assert.Equal(HttpStatusCode.OK, (await probe.GetAsync("/alive")).StatusCode);

            // Writes still answer 201/200; their events wait in the outbox, committed with the cases.
            await pipeline.FileAndCloseCaseAsync(1);
            Assert.True(await pipeline.UnsentOutboxRowsAsync() > 0);
            Assert.Equal((0, 0), await pipeline.SignalCountsAsync());

            await servers.RabbitMq.StartAgainAsync();
            brokerRunning = true;

            await pipeline.WaitForSignalsAsync(1, Generous);
            await Eventually.MatchesAsync(pipeline.UnsentOutboxRowsAsync, unsent => unsent == 0, Generous, "the outbox to drain");
            await Eventually.MatchesAsync(() => SampleReadinessAsync(pipeline, []), BusHealthy, Generous, "governance's bus check to be healthy again");
            Assert.Equal((1, 1), await pipeline.SignalCountsAsync());
        }
        finally
        {
            if (!brokerRunning)
            {
                // The broker is shared by the collection: never leave it stopped for the next test.
                await servers.RabbitMq.StartAgainAsync();
            }
        }
    }

    /// <summary>Governance's readiness now (its current host), added to <paramref name="answers"/>.</summary>
    private static async Task<Readiness> SampleReadinessAsync(CasePipeline pipeline, List<Readiness> answers)
    {
        using var client = pipeline.Governance.CreateClient();
        using var response = await client.GetAsync("/health");
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        var checks = body.GetProperty("checks").EnumerateObject().ToList();
        var readiness = new Readiness(
            response.StatusCode,
            body.GetProperty("status").GetString()!,
            checks.ToDictionary(c => c.Name, c => c.Value.GetProperty("status").GetString()!, StringComparer.OrdinalIgnoreCase),
            checks.ToDictionary(c => c.Name, c => c.Value.TryGetProperty("description", out var d) ? d.GetString() : null, StringComparer.OrdinalIgnoreCase));
        answers.Add(readiness);
        return readiness;
    }

    // The bus check, not the overall status: another check may be Degraded for its own reasons (from 1 November, the
    // holiday-schedule check while next year's schedule is not loaded).
    private static bool BusHealthy(Readiness readiness) =>
        readiness.Code == HttpStatusCode.OK && readiness.Checks.GetValueOrDefault(BusCheck) == "Healthy";

    private sealed record Readiness(HttpStatusCode Code, string Status, Dictionary<string, string> Checks, Dictionary<string, string?> Descriptions)
    {
        public override string ToString() =>
            $"{(int)Code} {Status} ({string.Join(", ", Checks.Select(c => $"{c.Key}={c.Value} {Descriptions.GetValueOrDefault(c.Key)}"))})";
    }
}
