using Qingmeng.ServiceDefaults.Eligibility;

namespace Qingmeng.PolicyMatch.Model.Policies;

/// <summary>One version of a policy's terms. Only a draft may change; a published version is immutable.</summary>
public sealed class PolicyVersion
{
    public Guid Id { get; private set; }

    public Guid PolicyId { get; private set; }

    public int Version { get; private set; }

    public PolicyVersionStatus Status { get; private set; }

    public string Title { get; private set; } = "";

    /// <summary>发文机关, e.g. 清濛开发区科技和工业信息化局.</summary>
    public string IssuingBody { get; private set; } = "";

    /// <summary>发文字号, e.g. 清濛管规〔2025〕3号.</summary>
    public string DocumentNumber { get; private set; } = "";

    public string Summary { get; private set; } = "";

    /// <summary>The numbered clauses (第一条, 第二条 …) in Chinese; what the consultant cites.</summary>
    public List<PolicyClause> Clauses { get; private set; } = [];

    public List<string> Tags { get; private set; } = [];

    /// <summary>Materials an application needs (申报材料), listed in coaching.</summary>
    public List<string> Materials { get; private set; } = [];

    public DateOnly EffectiveFrom { get; private set; }

    public DateOnly? EffectiveTo { get; private set; }

    public DateOnly ApplicationOpensOn { get; private set; }

    public DateOnly ApplicationClosesOn { get; private set; }

    /// <summary>The period a firm can be paid once in, and the budget is counted over (e.g. 2026).</summary>
    public string BudgetPeriod { get; private set; } = "";

    /// <summary>Budget envelope in yuan for the period; the ledger never pays beyond it.</summary>
    public decimal BudgetEnvelope { get; private set; }

    public AmountRule AmountRule { get; private set; } = null!;

    public PolicyMode Mode { get; private set; }

    /// <summary>Machine-readable eligibility conditions (jsonb).</summary>
    public Condition Conditions { get; private set; } = null!;

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? PublishedAt { get; private set; }

    public string? PublishedBy { get; private set; }

    public DateTimeOffset? EndedAt { get; private set; }

    public uint RowVersion { get; private set; }

    private PolicyVersion()
    {
    }

    public PolicyTerms Terms => new(
        Title, IssuingBody, DocumentNumber, Summary, Clauses, Tags, Materials, EffectiveFrom, EffectiveTo,
        ApplicationOpensOn, ApplicationClosesOn, BudgetPeriod, BudgetEnvelope, AmountRule, Mode, Conditions);

    public bool IsInForceOn(DateOnly day) =>
        Status == PolicyVersionStatus.Published && EffectiveFrom <= day && (EffectiveTo is null || day <= EffectiveTo);

    public bool IsOpenForApplicationsOn(DateOnly day) =>
        IsInForceOn(day) && ApplicationOpensOn <= day && day <= ApplicationClosesOn;

    internal static PolicyVersion Draft(Guid policyId, int version, PolicyTerms terms, DateTimeOffset now)
    {
        var draft = new PolicyVersion
        {
            Id = Guid.CreateVersion7(now),
            PolicyId = policyId,
            Version = version,
            Status = PolicyVersionStatus.Draft,
            CreatedAt = now,
        };
        draft.Apply(terms);
        return draft;
    }

    /// <summary>Replaces a draft's terms; false when the version is no longer a draft (published versions are immutable).</summary>
    public bool Revise(PolicyTerms terms)
    {
        if (Status != PolicyVersionStatus.Draft)
        {
            return false;
        }
        Apply(terms);
        return true;
    }

    internal void Publish(string publishedBy, DateTimeOffset now)
    {
        Status = PolicyVersionStatus.Published;
        PublishedAt = now;
        PublishedBy = publishedBy;
    }

    internal void Supersede(DateTimeOffset now)
    {
        Status = PolicyVersionStatus.Superseded;
        EndedAt = now;
    }

    internal void Retire(DateTimeOffset now)
    {
        Status = PolicyVersionStatus.Retired;
        EndedAt = now;
    }

    private void Apply(PolicyTerms terms)
    {
        Title = terms.Title.Trim();
        IssuingBody = terms.IssuingBody.Trim();
        DocumentNumber = terms.DocumentNumber.Trim();
        Summary = terms.Summary.Trim();
        Clauses = [.. terms.Clauses];
        Tags = [.. terms.Tags];
        Materials = [.. terms.Materials];
        EffectiveFrom = terms.EffectiveFrom;
        EffectiveTo = terms.EffectiveTo;
        ApplicationOpensOn = terms.ApplicationOpensOn;
        ApplicationClosesOn = terms.ApplicationClosesOn;
        BudgetPeriod = terms.BudgetPeriod.Trim();
        BudgetEnvelope = terms.BudgetEnvelope;
        AmountRule = terms.AmountRule;
        Mode = terms.Mode;
        Conditions = terms.Conditions;
    }
}
