using Qingmeng.ServiceDefaults.Calendar;
using Qingmeng.ServiceDefaults.Scheduling;

namespace Qingmeng.Governance.Model;

/// <summary>The KPIs of the current month (China dates) as of one instant, per department: what the gauges export.</summary>
public sealed record KpiSnapshot(DateOnly From, DateOnly To, DateTimeOffset AsOf, IReadOnlyList<DepartmentKpis> Departments);
