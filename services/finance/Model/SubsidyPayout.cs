namespace Qingmeng.Finance.Model;

/// <summary>
/// A payout of interest subsidy (贴息) accrued on a loan, with its basis: the period it settles (from the previous
/// payout, or disbursement, through <see cref="PaidOn"/>), the principal and subsidy rate it was computed on, what had
/// accrued and been paid before, and who decided it. One payout per loan and period end; a caller's
/// <see cref="IdempotencyKey"/> names one payout.
/// </summary>
public sealed class SubsidyPayout
{
    public Guid Id { get; private set; }

    public Guid LoanId { get; private set; }

    public decimal Amount { get; private set; }

    public DateOnly PeriodFrom { get; private set; }

    /// <summary>The end of the period settled, China date; never in the future.</summary>
    public DateOnly PaidOn { get; private set; }

    public decimal Principal { get; private set; }

    public decimal SubsidyPercent { get; private set; }

    /// <summary>Subsidy accrued from disbursement through the period's end (capped at maturity or closing).</summary>
    public decimal SubsidyAccrued { get; private set; }

    public decimal PreviouslyPaid { get; private set; }

    public string PaidBy { get; private set; } = "";

    public string PaidByRole { get; private set; } = "";

    public string? IdempotencyKey { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }

    private SubsidyPayout()
    {
    }

    public static SubsidyPayout Record(
        Guid loanId, decimal amount, DateOnly periodFrom, DateOnly paidOn, decimal principal, decimal subsidyPercent, decimal subsidyAccrued,
        decimal previouslyPaid, string paidBy, string paidByRole, string? idempotencyKey, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        LoanId = loanId,
        Amount = amount,
        PeriodFrom = periodFrom,
        PaidOn = paidOn,
        Principal = principal,
        SubsidyPercent = subsidyPercent,
        SubsidyAccrued = subsidyAccrued,
        PreviouslyPaid = previouslyPaid,
        PaidBy = paidBy,
        PaidByRole = paidByRole,
        IdempotencyKey = idempotencyKey,
        RecordedAt = now,
    };

    /// <summary>Whether a retry with the same key asks for this very payout.</summary>
    public bool Repeats(Guid loanId, decimal amount, DateOnly paidOn) => LoanId == loanId && Amount == amount && PaidOn == paidOn;
}
