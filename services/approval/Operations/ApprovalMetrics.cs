using System.Diagnostics.Metrics;

namespace Qingmeng.Approval.Operations;

/// <summary>Business KPIs for the dashboard (meter <c>Qingmeng.Approval</c>, exported by ServiceDefaults).</summary>
public sealed class ApprovalMetrics
{
    public const string MeterName = "Qingmeng.Approval";

    private readonly Counter<long> _accepted;
    private readonly Counter<long> _decided;
    private readonly Counter<long> _overdue;
    private readonly Counter<long> _ready;
    private readonly Counter<long> _registered;
    private readonly Histogram<int> _workingDays;

    public ApprovalMetrics(IMeterFactory meterFactory)
    {
        var meter = meterFactory.Create(MeterName);
        _registered = meter.CreateCounter<long>("qingmeng.approval.projects.registered", "{project}", "Projects registered for 帮代办");
        _accepted = meter.CreateCounter<long>("qingmeng.approval.tasks.accepted", "{task}", "Sub-item tasks accepted (受理), explicitly or deemed");
        _decided = meter.CreateCounter<long>("qingmeng.approval.tasks.decided", "{task}", "Sub-item tasks decided (办结 or 不予许可)");
        _overdue = meter.CreateCounter<long>("qingmeng.approval.tasks.overdue", "{task}", "Sub-item tasks that passed their statutory limit");
        _ready = meter.CreateCounter<long>("qingmeng.approval.projects.ready_for_construction", "{project}", "Projects that reached groundbreaking (新开工)");
        _workingDays = meter.CreateHistogram<int>("qingmeng.approval.tasks.working_days", "d", "Working days from acceptance to decision, per sub-item",
            advice: new InstrumentAdvice<int> { HistogramBucketBoundaries = [1, 2, 3, 5, 7, 10, 15, 20, 30, 45, 60] });
    }

    public void ProjectRegistered(bool keyProject) => _registered.Add(1, new KeyValuePair<string, object?>("key_project", keyProject));

    public void TaskAccepted(string departmentCode, bool deemed) =>
        _accepted.Add(1, new("department", departmentCode), new("deemed", deemed));

    public void TaskDecided(string subItemCode, string departmentCode, bool approved, int workingDays)
    {
        _decided.Add(1, new("department", departmentCode), new("outcome", approved ? "approved" : "rejected"));
        _workingDays.Record(workingDays, new("sub_item", subItemCode), new("department", departmentCode));
    }

    public void TaskOverdue(string departmentCode) => _overdue.Add(1, new KeyValuePair<string, object?>("department", departmentCode));

    public void ProjectReady() => _ready.Add(1);
}
