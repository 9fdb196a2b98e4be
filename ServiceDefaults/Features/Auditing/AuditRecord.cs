namespace Qingmeng.ServiceDefaults.Auditing;

/// <summary>
/// One state-changing action: who (subject and role), what, on which resource, when, and the trace to find it.
/// Append-only: the table refuses UPDATE and DELETE. Never holds personal data in clear.
/// </summary>
public sealed class AuditRecord
{
    public long Id { get; private set; }

    public DateTimeOffset OccurredAt { get; private set; }

    public string Subject { get; private set; } = "";

    public string Role { get; private set; } = "";

    public string Action { get; private set; } = "";

    public string ResourceType { get; private set; } = "";

    public string ResourceId { get; private set; } = "";

    public string? TraceId { get; private set; }

    private AuditRecord()
    {
    }

    internal static AuditRecord Create(
        DateTimeOffset occurredAt, string subject, string role, string action, string resourceType, string resourceId, string? traceId) => new()
        {
            OccurredAt = occurredAt,
            Subject = subject,
            Role = role,
            Action = action,
            ResourceType = resourceType,
            ResourceId = resourceId,
            TraceId = traceId,
        };
}
