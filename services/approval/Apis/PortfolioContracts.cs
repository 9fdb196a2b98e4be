namespace Qingmeng.Approval.Apis;

public sealed record PortfolioView(
    int Projects,
    int KeyProjects,
    int ReadyForConstruction,
    IReadOnlyDictionary<string, int> ProjectsByStage,
    IReadOnlyDictionary<string, int> TasksByStatus,
    int OverdueTasks);

public sealed record SubItemMetrics(
    string SubItemCode,
    string SubItemName,
    string DepartmentCode,
    int Accepted,
    int Approved,
    int Rejected,
    int Overdue,
    decimal? MedianWorkingDays);

public sealed record ApprovalMetricsView(
    int TasksAccepted,
    int TasksApproved,
    int TasksOverdue,
    int ProjectsReadyForConstruction,
    IReadOnlyList<SubItemMetrics> SubItems);
