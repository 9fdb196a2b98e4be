namespace Qingmeng.Benchmarks.Messaging.Pipeline;

/// <summary>Builds the events of one producer unit of work.</summary>
public static class EventFactory
{
    private static readonly string[] Statuses = ["Submitted", "UnderReview", "Approved", "Closed"];

    /// <param name="aggregateKeys">0 gives every event its own aggregate; otherwise events share this many keys round-robin.</param>
    public static BenchCaseUpdated[] Create(Guid runId, int firstIndex, int count, int aggregateKeys)
    {
        var events = new BenchCaseUpdated[count];
        for (var i = 0; i < count; i++)
        {
            var index = firstIndex + i;
            var key = aggregateKeys == 0 ? $"case-{runId:N}-{index}" : $"case-{runId:N}-{index % aggregateKeys}";
            events[i] = new BenchCaseUpdated(
                runId, index, key, $"企业研发补贴申请 #{index}", 12_500m + index % 1000, Statuses[index % Statuses.Length]);
        }
        return events;
    }
}
