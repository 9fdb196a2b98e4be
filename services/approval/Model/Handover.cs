namespace Qingmeng.Approval.Model;

/// <summary>交接: a project passed from one agent to another, with the reason.</summary>
public sealed class Handover
{
    public Guid Id { get; private set; }

    public Guid ProjectId { get; private set; }

    public string FromAgent { get; private set; } = "";

    public string ToAgent { get; private set; } = "";

    public string Reason { get; private set; } = "";

    public string RecordedBy { get; private set; } = "";

    public DateTimeOffset At { get; private set; }

    private Handover()
    {
    }

    public static Handover Record(Guid projectId, string from, string to, string reason, string recordedBy, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        ProjectId = projectId,
        FromAgent = from,
        ToAgent = to,
        Reason = reason,
        RecordedBy = recordedBy,
        At = now,
    };
}
