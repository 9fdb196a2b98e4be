using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Qingmeng.ServiceDefaults.Messaging;

/// <summary>Traces and metrics of the outbox and inbox, shown on the dashboard next to MassTransit's own.</summary>
public sealed class MessagingTelemetry : IDisposable
{
    public const string Name = "Qingmeng.Messaging";

    internal static readonly ActivitySource ActivitySource = new(Name);

    private readonly Meter _meter;

    public MessagingTelemetry(IMeterFactory meterFactory)
    {
        _meter = meterFactory.Create(Name);
        Published = _meter.CreateCounter<long>("qingmeng.outbox.published", "{event}", "Events published from the outbox and confirmed by the broker.");
        PublishFailures = _meter.CreateCounter<long>("qingmeng.outbox.publish_failures", "{event}", "Publish attempts that failed and will be retried.");
        PublishDelay = _meter.CreateHistogram<double>("qingmeng.outbox.publish_delay", "ms", "Time from the event being saved to the broker confirming it.");
        DeadLettered = _meter.CreateCounter<long>("qingmeng.outbox.dead_lettered", "{event}", "Outbox rows that failed too often on their own account and wait for an operator.");
        Processed = _meter.CreateCounter<long>("qingmeng.inbox.processed", "{event}", "Events handled by a consumer for the first time.");
        SharedCommits = _meter.CreateHistogram<int>("qingmeng.inbox.shared_commit_size", "{event}", "Events committed together by one shared inbox transaction.");
        RetriedConflicts = _meter.CreateCounter<long>("qingmeng.inbox.retried_conflicts", "{attempt}", "Handler attempts that met a concurrent writer and were handled again (expected; not a fault).");
        Duplicates = _meter.CreateCounter<long>("qingmeng.inbox.duplicates", "{event}", "Redelivered events recognised by the inbox and skipped.");
    }

    public Counter<long> Published { get; }

    public Counter<long> PublishFailures { get; }

    public Histogram<double> PublishDelay { get; }

    public Counter<long> DeadLettered { get; }

    public Counter<long> Processed { get; }

    public Counter<long> Duplicates { get; }

    public Counter<long> RetriedConflicts { get; }

    public Histogram<int> SharedCommits { get; }

    public void Dispose() => _meter.Dispose();
}
