using Qingmeng.PolicyMatch.Model.Claims;

namespace Qingmeng.PolicyMatch.Model.Ledger;

public enum DisbursementKind
{
    /// <summary>Money paid to the firm.</summary>
    Payment,
    /// <summary>Money to recover because a fact behind a payment was corrected.</summary>
    Clawback,
}

/// <summary>
/// One entry of a policy's ledger. At most one payment per policy × period × firm (a unique index), and at most
/// one clawback per payment.
/// </summary>
public sealed class Disbursement
{
    public Guid Id { get; private set; }

    public DisbursementKind Kind { get; private set; }

    public Guid? ClaimId { get; private set; }

    /// <summary>For a clawback: the payment it reverses.</summary>
    public Guid? ReversesId { get; private set; }

    public string PolicyCode { get; private set; } = "";

    public int PolicyVersion { get; private set; }

    public string Period { get; private set; } = "";

    public string CreditCode { get; private set; } = "";

    public decimal Amount { get; private set; }

    public string? Reason { get; private set; }

    public DateTimeOffset? EligibleSince { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }

    public string RecordedBy { get; private set; } = "";

    /// <summary>What the payment rests on: the facts used with their sources, and who decided.</summary>
    public DecisionBasis? Basis { get; private set; }

    private Disbursement()
    {
    }

    public static Disbursement Payment(
        Guid? claimId, string policyCode, int version, string period, string creditCode, decimal amount,
        DateTimeOffset? eligibleSince, string by, DecisionBasis basis, DateTimeOffset now) => new()
        {
            Basis = basis,
            Id = Guid.CreateVersion7(now),
            Kind = DisbursementKind.Payment,
            ClaimId = claimId,
            PolicyCode = policyCode,
            PolicyVersion = version,
            Period = period,
            CreditCode = creditCode,
            Amount = amount,
            EligibleSince = eligibleSince,
            RecordedAt = now,
            RecordedBy = by,
        };

    public Disbursement Clawback(string reason, string by, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        Kind = DisbursementKind.Clawback,
        ClaimId = ClaimId,
        ReversesId = Id,
        PolicyCode = PolicyCode,
        PolicyVersion = PolicyVersion,
        Period = Period,
        CreditCode = CreditCode,
        Amount = Amount,
        Reason = reason,
        RecordedAt = now,
        RecordedBy = by,
    };
}
