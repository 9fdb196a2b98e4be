using System.Reflection;
using Qingmeng.Contracts;
using Qingmeng.ServiceDefaults.Messaging;

namespace Qingmeng.ServiceDefaults.Tests.Messaging;

public sealed class PartitionTests
{
    [Fact]
    public void Of_caseClosedNamingAFirm_isTheFirmsCreditCode()
    {
        var closed = new CaseClosed(Guid.NewGuid(), "GD1", "ECON-RUN", "t", "r", "91350500MA2XXXXXX1");

        Assert.Equal("91350500MA2XXXXXX1", PartitionKeys.Of(closed));
    }

    [Fact]
    public void Of_caseClosedNamingNoFirm_fallsBackToTheCase()
    {
        var caseId = Guid.NewGuid();

        Assert.Equal(caseId.ToString(), PartitionKeys.Of(new CaseClosed(caseId, "GD1", "ECON-RUN", "t", "r", null)));
    }

    [Fact]
    public void Every_contract_event_declares_a_partition_key_it_has()
    {
        var events = typeof(IntegrationEvent).Assembly.GetTypes()
            .Where(t => t.IsSubclassOf(typeof(IntegrationEvent)) && !t.IsAbstract);

        foreach (var type in events)
        {
            var declared = type.GetCustomAttribute<PartitionKeyAttribute>();
            Assert.True(declared is not null, $"{type.Name} declares no partition key");
            Assert.All(declared!.Properties, name => Assert.NotNull(type.GetProperty(name)));
        }
    }

    [Fact]
    public async Task AcquireAsync_sameKey_waitsForTheHolder_otherKey_doesNot()
    {
        var locks = new PartitionLocks();
        var first = await locks.AcquireAsync("firm-a", CancellationToken.None);

        var sameKey = locks.AcquireAsync("firm-a", CancellationToken.None).AsTask();
        var otherKey = locks.AcquireAsync("firm-b", CancellationToken.None).AsTask();

        Assert.True(otherKey.IsCompletedSuccessfully);
        Assert.False(sameKey.IsCompleted);
        first.Dispose();
        (await sameKey.WaitAsync(TimeSpan.FromSeconds(5))).Dispose();
        (await otherKey).Dispose();
        Assert.Equal(0, locks.Count);
    }

    [Fact]
    public async Task AcquireAsync_cancelledWhileWaiting_leavesNoEntryBehind()
    {
        var locks = new PartitionLocks();
        var held = await locks.AcquireAsync("firm-a", CancellationToken.None);
        using var cancel = new CancellationTokenSource();

        var waiting = locks.AcquireAsync("firm-a", cancel.Token).AsTask();
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting);
        held.Dispose();
        Assert.Equal(0, locks.Count);
    }
}
