namespace Qingmeng.PolicyMatch.Model.Guidance;

/// <summary>
/// 申报辅导: an officer guided one firm to apply for one policy's funds (the chain 条件筛选—精准匹配—申报辅导—资金兑现).
/// One record per firm, policy and year (a unique index); linked to the firm's claim for the policy when it had one.
/// </summary>
public sealed class ApplicationGuidance
{
    public Guid Id { get; private set; }

    public string CreditCode { get; private set; } = "";

    public string PolicyCode { get; private set; } = "";

    /// <summary>The China date of the guidance.</summary>
    public DateOnly GuidedOn { get; private set; }

    /// <summary>The year of <see cref="GuidedOn"/>, kept for the once-a-year rule and the yearly metric.</summary>
    public int Year { get; private set; }

    public string GuidedBy { get; private set; } = "";

    public string GuidedByName { get; private set; } = "";

    public string? Notes { get; private set; }

    /// <summary>The firm's claim for the policy that existed when the guidance was recorded, if any.</summary>
    public Guid? ClaimId { get; private set; }

    public string? IdempotencyKey { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }

    private ApplicationGuidance()
    {
    }

    public static ApplicationGuidance Record(
        string creditCode, string policyCode, DateOnly guidedOn, string guidedBy, string guidedByName, string? notes, Guid? claimId,
        string? idempotencyKey, DateTimeOffset now) => new()
        {
            Id = Guid.CreateVersion7(now),
            CreditCode = creditCode,
            PolicyCode = policyCode,
            GuidedOn = guidedOn,
            Year = guidedOn.Year,
            GuidedBy = guidedBy,
            GuidedByName = guidedByName,
            Notes = notes,
            ClaimId = claimId,
            IdempotencyKey = idempotencyKey,
            RecordedAt = now,
        };
}
