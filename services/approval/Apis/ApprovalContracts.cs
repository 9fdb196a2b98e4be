using System.ComponentModel.DataAnnotations;
using Qingmeng.Approval.Model;
using Qingmeng.ServiceDefaults.Calendar;
using Qingmeng.ServiceDefaults.Validation;

namespace Qingmeng.Approval.Apis;

public sealed record RegisterProjectRequest(
    [property: Required, StringLength(200, MinimumLength = 2)] string Name,
    [property: Required, UnifiedSocialCreditCode] string CreditCode,
    [property: Required, StringLength(200, MinimumLength = 2)] string FirmName,
    [property: Required, Range(typeof(decimal), "0.01", "1000000000000")] decimal? InvestmentAmount,
    [property: Required, StringLength(200, MinimumLength = 2)] string LandLocation,
    [property: Required, Range(typeof(decimal), "0.01", "100000")] decimal? LandAreaMu,
    [property: Required, RegularExpression("^[A-Z][0-9]{0,4}$", ErrorMessage = "industryCode 须为 GB/T 4754 行业代码，如 C39 (industryCode must be a GB/T 4754 code such as C39)")] string IndustryCode,
    bool IsKeyProject,
    [property: MaxLength(35)] string[]? SubItemCodes);

public sealed record GrantDelegationRequest(
    [property: Required, StringLength(1000, MinimumLength = 2)] string Scope);

public sealed record HandoverRequest(
    [property: StringLength(200, MinimumLength = 1)] string? ToAgentSubject,
    [property: Required, StringLength(1000, MinimumLength = 2)] string Reason);

public sealed record SubmitMaterialsRequest(
    [property: Required, MinLength(1), MaxLength(50)] string[] Materials);

public sealed record CorrectionRequest(
    [property: Required, MinLength(1), MaxLength(50)] string[] MissingMaterials);

public sealed record SuspendRequest(
    [property: Required] PauseKind? Kind,
    [property: Required, StringLength(1000, MinimumLength = 2)] string Reason);

public sealed record ExtendRequest(
    [property: Required, StringLength(1000, MinimumLength = 2)] string Reason);

public sealed record DecisionRequest(
    [property: StringLength(2000, MinimumLength = 2)] string? Reason);

public sealed record RejectRequest(
    [property: Required, StringLength(2000, MinimumLength = 2)] string Reason);

public sealed record ChangeSubItemRequest(
    [property: StringLength(200, MinimumLength = 2)] string? Name,
    [property: Range(1, 120)] int? LimitWorkingDays,
    [property: MaxLength(50)] string[]? Materials,
    [property: MaxLength(35)] string[]? Prerequisites,
    bool? GatesGroundbreaking,
    [property: Required, StringLength(1000, MinimumLength = 2)] string Note);

public sealed record ProjectQuery(ProjectStatus? Status, bool? KeyProject, string? Search);

public sealed record TaskQuery(ApprovalTaskStatus? Status, string? SubItemCode, bool? Overdue);

public sealed record SurveySiteRequest(
    [property: Required, RegularExpression("^[A-Z]{2}-[0-9]{4}-[0-9]{2,4}$", ErrorMessage = "code 的格式应如 DX-2026-01 (code must look like DX-2026-01)")] string Code,
    [property: Required, StringLength(200, MinimumLength = 2)] string Name,
    [property: Required, StringLength(200, MinimumLength = 2)] string Location,
    [property: Required, Range(typeof(decimal), "0.01", "100000")] decimal? AreaMu,
    [property: Required, StringLength(200, MinimumLength = 2)] string CurrentUse,
    [property: Required, Range(typeof(decimal), "0", "100000000")] decimal? BaselineFloorArea,
    [property: Required, Range(typeof(decimal), "0", "1000000000000")] decimal? BaselineAnnualOutput,
    [property: Required, Range(typeof(decimal), "0", "1000000000000")] decimal? BaselineAnnualTax);

public sealed record PlanSiteRequest(
    [property: Required, StringLength(2000, MinimumLength = 2)] string Summary,
    [property: Required, StringLength(200, MinimumLength = 2)] string PlannedUse,
    [property: Required, Range(typeof(decimal), "1", "100000000")] decimal? PlannedFloorArea);

public sealed record GenerateProjectRequest(
    [property: Required, StringLength(200, MinimumLength = 2)] string ProjectName,
    [property: Required, UnifiedSocialCreditCode] string CreditCode,
    [property: Required, StringLength(200, MinimumLength = 2)] string FirmName,
    [property: Required, Range(typeof(decimal), "0.01", "1000000000000")] decimal? InvestmentAmount,
    [property: Required, RegularExpression("^[A-Z][0-9]{0,4}$", ErrorMessage = "industryCode 须为 GB/T 4754 行业代码，如 C39 (industryCode must be a GB/T 4754 code such as C39)")] string IndustryCode,
    bool IsKeyProject);

public sealed record EvaluateSiteRequest(
    [property: Required, Range(typeof(decimal), "0", "100000000")] decimal? FloorArea,
    [property: Required, Range(typeof(decimal), "0", "1000000000000")] decimal? AnnualOutput,
    [property: Required, Range(typeof(decimal), "0", "1000000000000")] decimal? AnnualTax);

public sealed record PauseView(PauseKind Kind, string Reason, DateTimeOffset Start, DateTimeOffset? End);

/// <summary>An earlier application of the task, ended by 不予许可.</summary>
public sealed record AttemptView(
    int Number,
    IReadOnlyList<string> SubmittedMaterials,
    DateTimeOffset? SubmittedAt,
    DateTimeOffset? AcceptedAt,
    bool DeemedAccepted,
    DateTimeOffset? DueAt,
    int ExtensionDays,
    DateTimeOffset? DecidedAt,
    string? RejectionReason,
    int? WorkingDaysUsed)
{
    public static AttemptView From(TaskAttempt a) => new(
        a.Number, a.SubmittedMaterials, a.SubmittedAt, a.AcceptedAt, a.DeemedAccepted, a.DueAt, a.ExtensionDays, a.DecidedAt, a.RejectionReason, a.WorkingDaysUsed);
}

public sealed record SupervisionView(Guid? CaseId, string? CaseNumber, string? Resolution, DateTimeOffset? ClosedAt);

public sealed record TaskView(
    Guid Id,
    Guid ProjectId,
    string SubItemCode,
    string SubItemName,
    string ItemName,
    string DepartmentCode,
    ApprovalStage Stage,
    ApprovalTaskStatus Status,
    int Attempt,
    bool GatesGroundbreaking,
    int LimitWorkingDays,
    int ExtensionDays,
    string? ExtensionReason,
    string? ExtensionApprovedBy,
    IReadOnlyList<string> Prerequisites,
    IReadOnlyList<string> RequiredMaterials,
    IReadOnlyList<string> SubmittedMaterials,
    IReadOnlyList<string> MissingMaterials,
    DateTimeOffset? SubmittedAt,
    DateTimeOffset? DeemedAcceptanceAt,
    DateTimeOffset? CorrectionRequestedAt,
    DateTimeOffset? AcceptedAt,
    bool DeemedAccepted,
    DateTimeOffset? DueAt,
    int? WorkingDaysElapsed,
    bool Overdue,
    IReadOnlyList<PauseView> Pauses,
    DateTimeOffset? DecidedAt,
    string? DecisionReason,
    int? WorkingDaysUsed,
    DateTimeOffset? OverdueNotifiedAt,
    SupervisionView? Supervision,
    IReadOnlyList<AttemptView> EarlierAttempts,
    // The due date falls in a year whose holiday schedule the State Council has not confirmed: it may still move.
    bool Provisional)
{
    /// <summary>The view as of <paramref name="now"/>: a submission past its §32 date shows as deemed accepted.</summary>
    public static TaskView From(ApprovalTask t, WorkingDayCalendar calendar, DateTimeOffset now)
    {
        t.ApplyDeemedAcceptance(calendar, now);
        var dueAt = t.ComputeDueAt(calendar, now);
        var deemedAcceptanceAt = t.DeemedAcceptanceAt;
        return new TaskView(
            t.Id, t.ProjectId, t.SubItemCode, t.SubItemName, t.ItemName, t.DepartmentCode, t.Stage, t.Status, t.Attempt, t.GatesGroundbreaking,
            t.LimitWorkingDays, t.ExtensionDays, t.ExtensionReason, t.ExtensionApprovedBy, t.Prerequisites, t.RequiredMaterials,
            t.SubmittedMaterials, t.OutstandingMaterials(), t.SubmittedAt, t.DeemedAcceptanceAt, t.CorrectionRequestedAt, t.AcceptedAt, t.DeemedAccepted,
            dueAt, t.WorkingDaysElapsed(calendar, now), t.IsOverdue(calendar, now),
            [.. t.Pauses.Select(p => new PauseView(p.Kind, p.Reason, p.Start, p.End))],
            t.DecidedAt, t.DecisionReason, t.WorkingDaysUsed, t.OverdueNotifiedAt,
            t.SupervisionCaseNumber is null && t.OverdueNotifiedAt is null ? null
                : new SupervisionView(t.SupervisionCaseId, t.SupervisionCaseNumber, t.SupervisionResolution, t.SupervisionClosedAt),
            t.EarlierAttempts.ConvertAll(AttemptView.From),
            (dueAt is { } due && calendar.IsProvisional(due)) || (deemedAcceptanceAt is { } deemed && calendar.IsProvisional(deemed)));
    }
}

public sealed record ProjectSummary(
    Guid Id,
    string Name,
    string CreditCode,
    string FirmName,
    decimal InvestmentAmount,
    string IndustryCode,
    bool IsKeyProject,
    ProjectSource Source,
    ProjectStatus Status,
    string AgentSubject,
    string AgentName,
    DateTimeOffset RegisteredAt,
    DateOnly? ReadyOn,
    DateOnly? PredictedGroundbreaking,
    // The predicted date rests on a year whose holiday schedule is not confirmed yet.
    bool Provisional)
{
    public static ProjectSummary From(Project p, WorkingDayCalendar calendar) => new(
        p.Id, p.Name, p.CreditCode, p.FirmName, p.InvestmentAmount, p.IndustryCode, p.IsKeyProject, p.Source, p.Status,
        p.AgentSubject, p.AgentName, p.RegisteredAt, p.ReadyOn, p.PredictedGroundbreaking,
        p.PredictedGroundbreaking is { } predicted && calendar.IsProvisional(predicted));
}

public sealed record DelegationView(Guid Id, string AgentSubject, string GrantedBy, string Scope, DateTimeOffset GrantedAt, DateTimeOffset? EndedAt, string? EndReason)
{
    public static DelegationView From(Delegation d) => new(d.Id, d.AgentSubject, d.GrantedBy, d.Scope, d.GrantedAt, d.EndedAt, d.EndReason);
}

public sealed record HandoverView(string FromAgent, string ToAgent, string Reason, string RecordedBy, DateTimeOffset At)
{
    public static HandoverView From(Handover h) => new(h.FromAgent, h.ToAgent, h.Reason, h.RecordedBy, h.At);
}

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

public sealed record TimelineView(long Id, Guid? TaskId, string? SubItemCode, string Action, string? FromState, string? ToState, string? Note, string Actor, DateTimeOffset At)
{
    public static TimelineView From(TimelineEntry e) => new(e.Id, e.TaskId, e.SubItemCode, e.Action, e.FromState, e.ToState, e.Note, e.Actor, e.At);
}

public sealed record AgentView(string Subject, string Name, bool Active, int ActiveProjects);

public sealed record CatalogueView(int Version, DateTimeOffset PublishedAt, string PublishedBy, string Note, CatalogueDocument Catalogue);

public sealed record CatalogueVersionSummary(int Version, DateTimeOffset PublishedAt, string PublishedBy, string Note);

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

public sealed record LandSiteView(
    Guid Id,
    string Code,
    string Name,
    string Location,
    decimal AreaMu,
    string CurrentUse,
    decimal BaselineFloorArea,
    decimal BaselineAnnualOutput,
    decimal BaselineAnnualTax,
    LandSiteStage Stage,
    string? PlanSummary,
    string? PlannedUse,
    decimal? PlannedFloorArea,
    Guid? ProjectId,
    string? ProjectName,
    decimal? AddedFloorArea,
    decimal? AddedAnnualOutput,
    decimal? AddedAnnualTax)
{
    public static LandSiteView From(LandSite s) => new(
        s.Id, s.Code, s.Name, s.Location, s.AreaMu, s.CurrentUse, s.BaselineFloorArea, s.BaselineAnnualOutput, s.BaselineAnnualTax,
        s.Stage, s.PlanSummary, s.PlannedUse, s.PlannedFloorArea, s.ProjectId, s.ProjectName, s.AddedFloorArea, s.AddedAnnualOutput, s.AddedAnnualTax);
}

/// <summary>The loop's results: sites revitalised (evaluated), their area, and what they added (floor area m², output and tax in yuan a year).</summary>
public sealed record LandSummaryView(int Sites, int SitesRevitalised, decimal AreaMu, decimal AddedFloorArea, decimal AddedAnnualOutput, decimal AddedAnnualTax, IReadOnlyDictionary<string, int> SitesByStage);
