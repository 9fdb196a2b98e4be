using Qingmeng.ServiceDefaults.Eligibility;

namespace Qingmeng.PolicyMatch.Model.Matching;

/// <summary>
/// The latest verdict for a firm × policy version, kept so that the push knows who became eligible, officers
/// see eligible and near-eligible firms, and the 秒兑现 speed (eligible → paid) can be measured.
/// </summary>
public sealed class MatchRecord
{
    public Guid Id { get; private set; }

    public string CreditCode { get; private set; } = "";

    public Guid PolicyId { get; private set; }

    public Guid PolicyVersionId { get; private set; }

    public string PolicyCode { get; private set; } = "";

    public int PolicyVersion { get; private set; }

    public EligibilityOutcome Outcome { get; private set; }

    public decimal? Amount { get; private set; }

    public bool NearMiss { get; private set; }

    public int UnmetCount { get; private set; }

    public int MissingCount { get; private set; }

    /// <summary>When the firm first became eligible for this version (null while it is not).</summary>
    public DateTimeOffset? EligibleSince { get; private set; }

    /// <summary>When the firm was told (政策推送); at most once per firm × policy version.</summary>
    public DateTimeOffset? NotifiedAt { get; private set; }

    public DateTimeOffset EvaluatedAt { get; private set; }

    private MatchRecord()
    {
    }

    public static MatchRecord For(string creditCode, Guid policyId, Guid versionId, string code, int version, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        CreditCode = creditCode,
        PolicyId = policyId,
        PolicyVersionId = versionId,
        PolicyCode = code,
        PolicyVersion = version,
        EvaluatedAt = now,
        Outcome = EligibilityOutcome.Unknown,
    };

    /// <summary>Records a new verdict; true when the firm has just become eligible.</summary>
    public bool Update(MatchResult result, DateTimeOffset now) => Update(MatchSummary.Of(result), now);

    /// <summary>Records a new verdict from the bulk matcher; true when the firm has just become eligible.</summary>
    public bool Update(MatchSummary result, DateTimeOffset now)
    {
        var becameEligible = result.Outcome == EligibilityOutcome.Met && Outcome != EligibilityOutcome.Met;
        Outcome = result.Outcome;
        Amount = result.Amount;
        NearMiss = result.NearMiss;
        UnmetCount = result.UnmetCount;
        MissingCount = result.MissingCount;
        EvaluatedAt = now;
        if (becameEligible)
        {
            EligibleSince ??= now;
        }
        return becameEligible;
    }

    public void Notified(DateTimeOffset now) => NotifiedAt = now;
}
