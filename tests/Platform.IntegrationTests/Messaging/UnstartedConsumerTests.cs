using Platform.IntegrationTests.Infrastructure;
using Qingmeng.Testing;

namespace Platform.IntegrationTests.Messaging;

/// <summary>
/// Events published before their consumer has ever run (a fresh environment, rollout order): the broker must keep them
/// for the consumer instead of confirming them into nowhere.
/// </summary>
[Collection(PlatformServersCollection.Name)]
public sealed class UnstartedConsumerTests(PlatformServersFixture servers)
{
    private const int Cases = 5;
    private static readonly TimeSpan DeliveryTimeout = TimeSpan.FromSeconds(90);

    [Fact]
    public async Task Events_published_before_the_consuming_service_ever_started_arrive_once_when_it_starts()
    {
        // A broker of its own: on the shared one, earlier tests' policy-match hosts have declared its queues already.
        await using var broker = await LocalRabbitMqServer.StartAsync(PlatformServers.NewDataRoot());
        await using var pipeline = await CasePipeline.StartWithoutPolicyMatchAsync(servers, broker.ConnectionString);

        for (var i = 0; i < Cases; i++)
        {
            await pipeline.FileAndCloseCaseAsync(i);
        }
        // Governance published everything and the broker confirmed it while policy-match had never run.
        await Eventually.MatchesAsync(pipeline.UnsentOutboxRowsAsync, unsent => unsent == 0, DeliveryTimeout, "governance's outbox to drain");

        await pipeline.StartPolicyMatchAgainAsync();

        await pipeline.WaitForSignalsAsync(Cases, DeliveryTimeout);
        Assert.Equal((Cases, Cases), await pipeline.SignalCountsAsync());
        Assert.Equal(Cases, await servers.ScalarAsync(pipeline.PolicyDb,
            "SELECT count(*) FROM policy.inbox_messages WHERE consumer = 'CaseClosedConsumer'"));
    }
}
