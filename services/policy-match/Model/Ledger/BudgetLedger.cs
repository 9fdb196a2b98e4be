namespace Qingmeng.PolicyMatch.Model.Ledger;

/// <summary>
/// A policy's budget for one period (e.g. QM-KJ-001, 2026): the envelope and what has been paid from it.
/// Payments reserve money with one conditional UPDATE (paid + amount ≤ envelope), so concurrent approvals on
/// any number of replicas can never overspend.
/// </summary>
public sealed class BudgetLedger
{
    public Guid Id { get; private set; }

    public string PolicyCode { get; private set; } = "";

    public string Period { get; private set; } = "";

    public decimal Envelope { get; private set; }

    public decimal Paid { get; private set; }

    /// <summary>Amounts to recover after a fact was corrected (clawback entries); not returned to the envelope.</summary>
    public decimal ClawedBack { get; private set; }

    public int Payments { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    private BudgetLedger()
    {
    }

    public static BudgetLedger Open(string policyCode, string period, decimal envelope, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        PolicyCode = policyCode,
        Period = period,
        Envelope = envelope,
        UpdatedAt = now,
    };

    public decimal Remaining => Envelope - Paid;

    /// <summary>A new version may change the envelope, never below what is already paid.</summary>
    public bool Resize(decimal envelope, DateTimeOffset now)
    {
        if (envelope < Paid)
        {
            return false;
        }
        Envelope = envelope;
        UpdatedAt = now;
        return true;
    }

    /// <summary>The pure rule the database enforces: whether <paramref name="amount"/> still fits.</summary>
    public static bool Fits(decimal envelope, decimal paid, decimal amount) => amount > 0 && paid + amount <= envelope;

    /// <summary>
    /// A payment recorded in memory (a history loaded in one save); live payments reserve with the ledger's conditional
    /// UPDATE instead, which concurrent replicas cannot overspend.
    /// </summary>
    internal bool RecordPayment(decimal amount, DateTimeOffset now)
    {
        if (!Fits(Envelope, Paid, amount))
        {
            return false;
        }
        Paid += amount;
        Payments++;
        UpdatedAt = now;
        return true;
    }

    internal void RecordClawback(decimal amount, DateTimeOffset now)
    {
        ClawedBack += amount;
        UpdatedAt = now;
    }
}
