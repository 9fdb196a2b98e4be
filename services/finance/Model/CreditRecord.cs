namespace Qingmeng.Finance.Model;

/// <summary>
/// An administrative penalty against a firm as governance reported it, and its credit repair (信用修复) when granted:
/// a firm's open penalties are a fact the loan rules may read.
/// </summary>
public sealed class CreditRecord
{
    public string CreditCode { get; private set; } = "";

    public string PenaltyReference { get; private set; } = "";

    public string? Category { get; private set; }

    public decimal? FineAmount { get; private set; }

    public DateOnly? DecidedOn { get; private set; }

    public DateOnly? RepairedOn { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    private CreditRecord()
    {
    }

    public static CreditRecord Penalty(string creditCode, string reference, string category, decimal fine, DateOnly decidedOn, DateTimeOffset now) => new()
    {
        CreditCode = creditCode,
        PenaltyReference = reference,
        Category = category,
        FineAmount = fine,
        DecidedOn = decidedOn,
        UpdatedAt = now,
    };

    /// <summary>A repair that arrives before its penalty is kept, so the late penalty does not reopen it.</summary>
    public static CreditRecord Repair(string creditCode, string reference, DateOnly repairedOn, DateTimeOffset now) => new()
    {
        CreditCode = creditCode,
        PenaltyReference = reference,
        RepairedOn = repairedOn,
        UpdatedAt = now,
    };

    public void Repaired(DateOnly repairedOn, DateTimeOffset now)
    {
        RepairedOn = repairedOn;
        UpdatedAt = now;
    }
}
