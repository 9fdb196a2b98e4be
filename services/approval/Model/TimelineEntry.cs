namespace Qingmeng.Approval.Model;

/// <summary>One step of a project's timeline: a task changing state, or a project-level event.</summary>
public sealed class TimelineEntry
{
    public long Id { get; private set; }

    public Guid ProjectId { get; private set; }

    public Guid? TaskId { get; private set; }

    public string? SubItemCode { get; private set; }

    public string Action { get; private set; } = "";

    public string? FromState { get; private set; }

    public string? ToState { get; private set; }

    public string? Note { get; private set; }

    public string Actor { get; private set; } = "";

    public DateTimeOffset At { get; private set; }

    private TimelineEntry()
    {
    }

    public static TimelineEntry For(Guid projectId, ApprovalTask? task, string action, string? from, string? to, string? note, string actor, DateTimeOffset now) => new()
    {
        ProjectId = projectId,
        TaskId = task?.Id,
        SubItemCode = task?.SubItemCode,
        Action = action,
        FromState = from,
        ToState = to,
        Note = note,
        Actor = actor,
        At = now,
    };
}
