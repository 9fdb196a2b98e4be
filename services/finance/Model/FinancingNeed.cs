namespace Qingmeng.Finance.Model;

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

    public void SetEligibleProducts(int count) => EligibleProducts = count;
}
