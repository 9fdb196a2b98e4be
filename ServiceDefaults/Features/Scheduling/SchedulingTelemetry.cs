using System.Diagnostics.Metrics;

namespace Qingmeng.ServiceDefaults.Scheduling;

/// <summary>Rounds per job and outcome, and how long they took, on the dashboard's metrics page.</summary>
internal sealed class SchedulingTelemetry
{
    public const string MeterName = "Qingmeng.Scheduling";

    private readonly Counter<long> _rounds;
    private readonly Histogram<double> _duration;

    public SchedulingTelemetry(IMeterFactory meterFactory)
    {
        var meter = meterFactory.Create(MeterName);
        _rounds = meter.CreateCounter<long>("qingmeng.scheduling.rounds", "{round}", "Scheduled job rounds by job and outcome");
        _duration = meter.CreateHistogram<double>("qingmeng.scheduling.round.duration", "s", "Duration of completed scheduled job rounds");
    }

    public void RoundCompleted(string job, TimeSpan elapsed)
    {
        _rounds.Add(1, new("job", job), new("outcome", "completed"));
        _duration.Record(elapsed.TotalSeconds, new KeyValuePair<string, object?>("job", job));
    }

    public void RoundSkipped(string job) => _rounds.Add(1, new("job", job), new("outcome", "skipped"));

    public void RoundFailed(string job) => _rounds.Add(1, new("job", job), new("outcome", "failed"));

    public void RoundLockLost(string job) => _rounds.Add(1, new("job", job), new("outcome", "lock-lost"));
}
