using System.Diagnostics.Metrics;
using Qingmeng.Governance.Model;
using Qingmeng.Governance.Model.Cases;

namespace Qingmeng.Governance.Operations;

/// <summary>
/// The closed loop as OpenTelemetry instruments (meter <c>Qingmeng.Governance</c>): counters of the flow, and the four
/// KPI rates of the current month per department as gauges. The gauges read the snapshot <see cref="KpiSnapshotJob"/>
/// publishes through <see cref="PublishKpis"/>, so a scrape never queries the database.
/// </summary>
public sealed class GovernanceMetrics
{
    public const string MeterName = "Qingmeng.Governance";

    private readonly Counter<long> _filed;
    private readonly Counter<long> _duplicates;
    private readonly Counter<long> _dispatched;
    private readonly Counter<long> _signedFor;
    private readonly Counter<long> _returned;
    private readonly Counter<long> _closed;
    private readonly Counter<long> _followUps;
    private readonly Counter<long> _reminders;
    private KpiSnapshot? _kpis;

    public GovernanceMetrics(IMeterFactory meterFactory)
    {
        var meter = meterFactory.Create(MeterName);
        _filed = meter.CreateCounter<long>("qingmeng.governance.cases.filed", "{case}", "Cases accepted (受理), by channel and module");
        _duplicates = meter.CreateCounter<long>("qingmeng.governance.cases.duplicates", "{case}", "Cases linked to an earlier case on the same matter");
        _dispatched = meter.CreateCounter<long>("qingmeng.governance.cases.dispatched", "{case}", "Dispatches (派单) to a lead department");
        _signedFor = meter.CreateCounter<long>("qingmeng.governance.cases.signed_for", "{case}", "Sign-fors (签收), by department and whether on time");
        _returned = meter.CreateCounter<long>("qingmeng.governance.cases.returned", "{case}", "Returns (退单), by department and reason");
        _closed = meter.CreateCounter<long>("qingmeng.governance.cases.closed", "{case}", "Closures (办结), by department and whether on time");
        _followUps = meter.CreateCounter<long>("qingmeng.governance.cases.follow_ups", "{case}", "Follow-ups (回访), by department and satisfaction");
        _reminders = meter.CreateCounter<long>("qingmeng.governance.supervision.reminders", "{reminder}", "Reminders (催办) and escalations sent, by kind");
        meter.CreateObservableGauge("qingmeng.governance.kpi.sign_for_rate", () => Rates(d => d.SignFor), "1",
            "签收率 of the current month by department: signed for in time ÷ dispatches whose sign-for is decided (0–1)");
        meter.CreateObservableGauge("qingmeng.governance.kpi.on_time_completion_rate", () => Rates(d => d.OnTime), "1",
            "按时办结率 of the current month by department: closed by the (extended) deadline ÷ closed plus open overdue (0–1)");
        meter.CreateObservableGauge("qingmeng.governance.kpi.completion_rate", () => Rates(d => d.Completion), "1",
            "办结率 of the current month by department: closed ÷ dispatches kept (0–1)");
        meter.CreateObservableGauge("qingmeng.governance.kpi.satisfaction_rate", () => Rates(d => d.Satisfaction), "1",
            "满意率 of the current month by department: satisfied ÷ followed-up closed cases (0–1)");
    }

    /// <summary>The KPI figures the gauges report until the next snapshot.</summary>
    public KpiSnapshot? Kpis => Volatile.Read(ref _kpis);

    public void PublishKpis(KpiSnapshot snapshot) => Volatile.Write(ref _kpis, snapshot);

    public void Filed(CaseChannel channel, string module) =>
        _filed.Add(1, new("channel", channel.ToString()), new("module", module));

    public void DuplicateLinked(string module) => _duplicates.Add(1, new KeyValuePair<string, object?>("module", module));

    public void Dispatched(string department) => _dispatched.Add(1, new KeyValuePair<string, object?>("department", department));

    public void SignedFor(string department, bool onTime) =>
        _signedFor.Add(1, new("department", department), new("on_time", onTime));

    public void Returned(string department, ReturnReason reason) =>
        _returned.Add(1, new("department", department), new("reason", reason.ToString()));

    public void Closed(string? department, bool onTime) =>
        _closed.Add(1, new("department", department ?? "centre"), new("on_time", onTime));

    public void FollowedUp(string? department, bool satisfied) =>
        _followUps.Add(1, new("department", department ?? "centre"), new("satisfied", satisfied));

    public void Reminder(ReminderKind kind, string department) =>
        _reminders.Add(1, new("kind", kind.ToString()), new("department", department));

    /// <summary>One measurement per department with a defined rate; none before the first snapshot or where nothing is eligible.</summary>
    private IEnumerable<Measurement<double>> Rates(Func<DepartmentKpis, KpiRate> indicator)
    {
        if (Kpis is not { } snapshot)
        {
            yield break;
        }
        foreach (var department in snapshot.Departments)
        {
            var rate = indicator(department);
            if (rate.Eligible > 0)
            {
                yield return new((double)rate.Met / rate.Eligible, new KeyValuePair<string, object?>("department", department.DepartmentCode));
            }
        }
    }
}
