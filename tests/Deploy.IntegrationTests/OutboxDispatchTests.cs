using Qingmeng.ServiceDefaults.Messaging;

namespace Deploy.IntegrationTests;

[Collection(PlatformServersCollection.Name)]
public sealed class OutboxDispatchTests(PlatformServersFixture servers)
{
    private static readonly TimeSpan DeliveryTimeout = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Two_replicas_polling_one_outbox_publish_each_event_once()
    {
        await using var replicas = await TwoReplicas.CreateAsync(servers);
        _ = replicas.FirstApp.Server;
        _ = replicas.SecondApp.Server;
        using var published = new CounterTotal(MessagingTelemetry.Name, "qingmeng.outbox.published");
        var tag = "副本" + Guid.NewGuid().ToString("N")[..8];

        // Every case is filed on one replica and closed on the other, so both replicas' dispatchers are
        // woken by their own commits and poll the same outbox throughout.
        const int cases = 20;
        await Task.WhenAll(Enumerable.Range(0, cases).Select(i => replicas.FileAndCloseCaseAsync(i, tag)));

        var rows = await servers.ScalarAsync(replicas.Database, "SELECT count(*) FROM governance.outbox_messages");
        Assert.Equal(2 * cases, rows);
        await Eventually.MatchesAsync(
            () => servers.ScalarAsync(replicas.Database, "SELECT count(*) FROM governance.outbox_messages WHERE sent_at IS NULL"),
            unsent => unsent == 0, DeliveryTimeout, "both replicas to drain the outbox");

        // Each row is marked sent once and confirmed by the broker once: no event went out twice.
        Assert.Equal(rows, published.Total);
    }
}
