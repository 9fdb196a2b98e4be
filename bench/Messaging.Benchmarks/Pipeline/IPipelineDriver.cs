namespace Qingmeng.Benchmarks.Messaging.Pipeline;

/// <summary>One way of getting events from a producer to a consumer (outbox+inbox, or raw publish).</summary>
public interface IPipelineDriver : IAsyncDisposable
{
    /// <summary>Sends one producer unit of work (one transaction, or one publish); marks each event's start in the timeline.</summary>
    Task SendAsync(IReadOnlyList<BenchCaseUpdated> events, Measurement.EventTimeline timeline, CancellationToken cancellationToken);

    /// <summary>Removes what the previous scenario left behind so scenarios do not influence each other.</summary>
    Task ResetAsync(CancellationToken cancellationToken);

    /// <summary>Effective settings worth reporting (limits, batch sizes, server settings).</summary>
    IReadOnlyDictionary<string, string> Settings { get; }
}
