namespace Qingmeng.Governance.Model;

/// <summary>One dispatch of a case to a department, with what happened to it: the unit every KPI counts.</summary>
public sealed record KpiDispatch(
    Guid CaseId,
    string CaseNumber,
    string DepartmentCode,
    DateTimeOffset DispatchedAt,
    DateTimeOffset SignForDueAt,
    DateTimeOffset? SignedForAt,
    DateTimeOffset? ReturnedAt,
    bool IsDuplicate,
    DateTimeOffset? CompletionDueAt,
    DateTimeOffset? ClosedAt,
    bool? Satisfied,
    DateTimeOffset? FollowedUpAt);
