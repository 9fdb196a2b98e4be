namespace Qingmeng.Governance.Model;

public sealed record DepartmentKpis(string DepartmentCode, int Dispatches, KpiRate SignFor, KpiRate Completion, KpiRate OnTime, KpiRate Satisfaction);

public sealed record KpiRate(int Eligible, int Met, decimal? Rate);
