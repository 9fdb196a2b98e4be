using Qingmeng.Approval.Model;

namespace Qingmeng.Approval.Apis;

public sealed record TimelineView(long Id, Guid? TaskId, string? SubItemCode, string Action, string? FromState, string? ToState, string? Note, string Actor, DateTimeOffset At)
{
    public static TimelineView From(TimelineEntry e) => new(e.Id, e.TaskId, e.SubItemCode, e.Action, e.FromState, e.ToState, e.Note, e.Actor, e.At);
}

public sealed record AgentView(string Subject, string Name, bool Active, int ActiveProjects);
