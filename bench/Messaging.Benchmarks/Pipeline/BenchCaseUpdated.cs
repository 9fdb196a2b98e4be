using Qingmeng.Contracts;

namespace Qingmeng.Benchmarks.Messaging.Pipeline;

/// <summary>
/// The one message type both pipelines carry. <see cref="RunId"/> and <see cref="Index"/> tie a delivery to
/// its slot in the running <see cref="Measurement.EventTimeline"/>; the other fields give it a realistic size.
/// </summary>
public sealed record BenchCaseUpdated(Guid RunId, int Index, string CaseKey, string Title, decimal Amount, string Status)
    : IntegrationEvent;
