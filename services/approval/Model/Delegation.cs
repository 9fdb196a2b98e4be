namespace Qingmeng.Approval.Model;

/// <summary>委托代办: the firm authorises the named agent to act for it on this project. Ends when revoked or on handover.</summary>
public sealed class Delegation
{
    public Guid Id { get; private set; }

    public Guid ProjectId { get; private set; }

    public string AgentSubject { get; private set; } = "";

    public string GrantedBy { get; private set; } = "";

    public string Scope { get; private set; } = "";

    public DateTimeOffset GrantedAt { get; private set; }

    public DateTimeOffset? EndedAt { get; private set; }

    public string? EndReason { get; private set; }

    private Delegation()
    {
    }

    public static Delegation Grant(Guid projectId, string agentSubject, string grantedBy, string scope, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        ProjectId = projectId,
        AgentSubject = agentSubject,
        GrantedBy = grantedBy,
        Scope = scope,
        GrantedAt = now,
    };

    public void End(string reason, DateTimeOffset now)
    {
        EndedAt = now;
        EndReason = reason;
    }
}
