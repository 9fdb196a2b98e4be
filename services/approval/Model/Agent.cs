namespace Qingmeng.Approval.Model;

/// <summary>A 帮代办专员 in the pool; projects are assigned to the active agent with the fewest active projects.</summary>
public sealed class Agent
{
    public string Subject { get; private set; } = "";

    public string Name { get; private set; } = "";

    public bool Active { get; private set; }

    public DateTimeOffset EnrolledAt { get; private set; }

    private Agent()
    {
    }

    public static Agent Enrol(string subject, string name, DateTimeOffset now) => new() { Subject = subject, Name = name, Active = true, EnrolledAt = now };

    public void SetActive(bool active) => Active = active;

    public void Rename(string name) => Name = name;

    /// <summary>The least-loaded active agent; ties go to the longest-serving, then by subject, so the choice is stable.</summary>
    public static Agent? PickByLoad(IEnumerable<Agent> agents, IReadOnlyDictionary<string, int> activeProjects, string? except = null) =>
        agents.Where(a => a.Active && a.Subject != except)
            .OrderBy(a => activeProjects.GetValueOrDefault(a.Subject))
            .ThenBy(a => a.EnrolledAt)
            .ThenBy(a => a.Subject, StringComparer.Ordinal)
            .FirstOrDefault();
}
