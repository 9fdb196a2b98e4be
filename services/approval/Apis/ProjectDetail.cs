using Qingmeng.Approval.Model;
using Qingmeng.ServiceDefaults.Calendar;

namespace Qingmeng.Approval.Apis;

/// <summary>What the firm still has to hand in, per sub-item it can act on now.</summary>
public sealed record MissingItem(string SubItemCode, string SubItemName, ApprovalTaskStatus Status, IReadOnlyList<string> Materials);

public sealed record ProjectDetail(
    ProjectSummary Project,
    string LandLocation,
    decimal LandAreaMu,
    int CatalogueVersion,
    DelegationView? ActiveDelegation,
    IReadOnlyList<HandoverView> Handovers,
    IReadOnlyList<MissingItem> Missing,
    IReadOnlyList<TaskView> Tasks,
    PredictionView Prediction);

public sealed record PredictionView(
    DateOnly? PredictedGroundbreaking,
    int? RemainingWorkingDays,
    bool Ready,
    DateOnly? ReadyOn,
    IReadOnlyList<string> AwaitingResubmission,
    IReadOnlyList<CriticalStep> CriticalPath,
    DateTimeOffset? LastTransitionAt,
    DateOnly? PredictedAtLastTransition,
    DateOnly? PredictedBeforeLastTransition,
    int? LastTransitionShiftDays,
    IReadOnlyList<PlannedTask> Tasks,
    // The prediction runs into a year whose holiday schedule is not confirmed yet: it may still move.
    bool Provisional)
{
    public static PredictionView From(Project project, Prediction prediction, WorkingDayCalendar calendar) => new(
        prediction.PredictedGroundbreaking, prediction.RemainingWorkingDays, prediction.Ready, project.ReadyOn, prediction.AwaitingResubmission,
        prediction.CriticalPath, project.LastTransitionAt, project.PredictedGroundbreaking, project.PreviousPredictedGroundbreaking,
        project.PredictedGroundbreaking is { } now && project.PreviousPredictedGroundbreaking is { } before ? now.DayNumber - before.DayNumber : null,
        prediction.Tasks,
        prediction.PredictedGroundbreaking is { } predicted && calendar.IsProvisional(predicted));
}
