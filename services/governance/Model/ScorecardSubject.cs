namespace Qingmeng.Governance.Model;

/// <summary>
/// A subject's guard row: every fact about a subject updates it, so two facts about the same subject handled at once
/// conflict on its version and one is retried (its contribution is computed from the facts the other saved).
/// </summary>
public sealed class ScorecardSubject
{
    public string Key { get; private set; } = "";

    public int FactCount { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public uint Version { get; private set; }

    private ScorecardSubject()
    {
    }

    public static ScorecardSubject Start(string key, DateTimeOffset now) => new() { Key = key, UpdatedAt = now };

    public void Touch(DateTimeOffset now)
    {
        FactCount++;
        UpdatedAt = now;
    }
}
