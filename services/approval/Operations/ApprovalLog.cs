namespace Qingmeng.Approval.Operations;

public static partial class ApprovalLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Project {ProjectId} registered and assigned to agent {AgentSubject}")]
    public static partial void ProjectRegistered(ILogger logger, Guid projectId, string agentSubject);

    [LoggerMessage(Level = LogLevel.Information, Message = "Task {TaskId} ({SubItemCode}) {FromState} → {ToState}")]
    public static partial void TaskTransition(ILogger logger, Guid taskId, string subItemCode, string fromState, string toState);

    [LoggerMessage(Level = LogLevel.Information, Message = "Project {ProjectId} is ready for construction on {ReadyOn}")]
    public static partial void ProjectReady(ILogger logger, Guid projectId, DateOnly readyOn);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Task {TaskId} ({SubItemCode}) passed its deadline {DueAt}; supervision requested")]
    public static partial void TaskOverdue(ILogger logger, Guid taskId, string subItemCode, DateTimeOffset dueAt);

    [LoggerMessage(Level = LogLevel.Information, Message = "Clock round: {Deemed} submission(s) deemed accepted, {Overdue} task(s) reported overdue")]
    public static partial void ClockRound(ILogger logger, int deemed, int overdue);

    [LoggerMessage(Level = LogLevel.Information, Message = "Supervision case {CaseNumber} closed for task {TaskId}")]
    public static partial void SupervisionClosed(ILogger logger, string caseNumber, Guid taskId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Supervision case {CaseNumber} concluded for task {TaskId}, which this service does not hold")]
    public static partial void SupervisionTaskUnknown(ILogger logger, string caseNumber, Guid taskId);
}
