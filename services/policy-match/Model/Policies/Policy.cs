using Qingmeng.Contracts;

namespace Qingmeng.PolicyMatch.Model.Policies;

/// <summary>
/// A business-support policy (惠企政策) identified by its code, with its versions. At most one version is in
/// force; a published version is immutable, so a change is a new draft that supersedes it on publication.
/// </summary>
public sealed class Policy
{
    private readonly List<PolicyVersion> _versions = [];

    public Guid Id { get; private set; }

    /// <summary>Stable code quoted to firms and in events, e.g. QM-KJ-001.</summary>
    public string Code { get; private set; } = "";

    public PolicyCategory Category { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public string CreatedBy { get; private set; } = "";

    public IReadOnlyList<PolicyVersion> Versions => _versions;

    public uint RowVersion { get; private set; }

    private Policy()
    {
    }

    public static Policy Create(string code, PolicyCategory category, PolicyTerms terms, string createdBy, DateTimeOffset now)
    {
        var policy = new Policy
        {
            Id = Guid.CreateVersion7(now),
            Code = code,
            Category = category,
            CreatedAt = now,
            CreatedBy = createdBy,
        };
        policy._versions.Add(PolicyVersion.Draft(policy.Id, 1, terms, now));
        return policy;
    }

    public PolicyVersion? InForce => _versions.FirstOrDefault(v => v.Status == PolicyVersionStatus.Published);

    public PolicyVersion? CurrentDraft => _versions.FirstOrDefault(v => v.Status == PolicyVersionStatus.Draft);

    public PolicyVersion Latest => _versions.MaxBy(v => v.Version)!;

    /// <summary>Starts the next version as a draft; there is at most one draft at a time.</summary>
    public PolicyVersion? StartDraft(PolicyTerms terms, DateTimeOffset now)
    {
        if (CurrentDraft is not null)
        {
            return null;
        }
        var draft = PolicyVersion.Draft(Id, Latest.Version + 1, terms, now);
        _versions.Add(draft);
        return draft;
    }

    /// <summary>
    /// Puts the draft in force: the terms must validate; the version in force (if any) is superseded.
    /// Returns the event to publish, or the problems that prevent publication.
    /// </summary>
    public (PolicyPublished? Event, IReadOnlyDictionary<string, string[]> Problems) PublishDraft(string publishedBy, DateTimeOffset now)
    {
        if (CurrentDraft is not { } draft)
        {
            return (null, new Dictionary<string, string[]> { ["version"] = ["没有可发布的草稿版本 (there is no draft version to publish)"] });
        }
        var problems = draft.Terms.Validate();
        if (problems.Count > 0)
        {
            return (null, problems);
        }

        InForce?.Supersede(now);
        draft.Publish(publishedBy, now);
        var terms = draft.Terms;
        return (new PolicyPublished(Id, Code, draft.Version, terms.Title, Category.ToString(), terms.EffectiveFrom, terms.EffectiveTo)
        {
            OccurredAt = now,
        }, problems);
    }

    /// <summary>Withdraws the version in force.</summary>
    public PolicyRetired? Retire(DateOnly retiredOn, DateTimeOffset now)
    {
        if (InForce is not { } inForce)
        {
            return null;
        }
        inForce.Retire(now);
        return new PolicyRetired(Id, Code, inForce.Version, retiredOn) { OccurredAt = now };
    }
}
