namespace Qingmeng.Finance.Model;

/// <summary>Where a financing need came from.</summary>
public enum FinancingNeedOrigin
{
    /// <summary>The firm (or an officer for it) declared it.</summary>
    Declared,

    /// <summary>Proposed by the zone when approval reported the firm's investment project (ProjectRegistered).</summary>
    ProjectRegistered,
}

/// <summary>A firm's financing need (融资需求): what it asked for, kept so the zone sees demand even when nothing matches.</summary>
public sealed class FinancingNeed
{
    public Guid Id { get; private set; }

    public string CreditCode { get; private set; } = "";

    public decimal Amount { get; private set; }

    public int TermMonths { get; private set; }

    public string Purpose { get; private set; } = "";

    public string CreatedBy { get; private set; } = "";

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>How many products fully matched when the need was recorded.</summary>
    public int EligibleProducts { get; private set; }

    public FinancingNeedOrigin Origin { get; private set; }

    /// <summary>The investment project a proposed need finances (one need per project), with its name and total investment.</summary>
    public Guid? ProjectId { get; private set; }

    public string? ProjectName { get; private set; }

    public decimal? ProjectInvestment { get; private set; }

    private FinancingNeed()
    {
    }

    public static FinancingNeed Record(string creditCode, decimal amount, int termMonths, string purpose, string createdBy, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        CreditCode = creditCode,
        Amount = amount,
        TermMonths = termMonths,
        Purpose = purpose,
        CreatedBy = createdBy,
        CreatedAt = now,
    };

    /// <summary>
    /// The need the zone proposes for a registered project (项目融资需求): the project's investment over the configured
    /// term, for the firm to match against the products and apply or ignore.
    /// </summary>
    public static FinancingNeed ProposeForProject(string creditCode, Guid projectId, string projectName, decimal investment, int termMonths, string createdBy, DateTimeOffset now)
    {
        var need = Record(creditCode, investment, termMonths, $"项目投资：{projectName}", createdBy, now);
        need.Origin = FinancingNeedOrigin.ProjectRegistered;
        need.ProjectId = projectId;
        need.ProjectName = projectName;
        need.ProjectInvestment = investment;
        return need;
    }

    public void SetEligibleProducts(int count) => EligibleProducts = count;
}
