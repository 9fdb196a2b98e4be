namespace Qingmeng.Approval.Model;

public sealed record CriticalStep(
    string SubItemCode,
    string SubItemName,
    string DepartmentCode,
    ApprovalTaskStatus Status,
    DateOnly ExpectedStart,
    DateOnly ExpectedFinish,
    int WorkingDays,
    PlanBasis Basis);

/// <summary>
/// When the project can break ground, and which chain of sub-items decides it. A rejection does not end a project:
/// <see cref="AwaitingResubmission"/> lists the rejected sub-items the prediction assumes are applied for again today.
/// </summary>
public sealed record Prediction(
    DateOnly? PredictedGroundbreaking,
    int? RemainingWorkingDays,
    bool Ready,
    IReadOnlyList<string> AwaitingResubmission,
    IReadOnlyList<CriticalStep> CriticalPath,
    IReadOnlyList<PlannedTask> Tasks);
