using Qingmeng.Finance.Model;

namespace Qingmeng.Finance.Application;

/// <summary>A loan's guarantee and subsidy ledger, computed from the loan and its payouts.</summary>
public static class LoanLedger
{
    /// <summary>
    /// Risk shares in yuan of the principal, the annual guarantee fee, and subsidy accrued from disbursement to the date,
    /// but never past the loan's maturity or closing: subsidy follows the loan, not the calendar.
    /// </summary>
    public static LoanLedgerView Of(Referral loan, IReadOnlyList<SubsidyPayout> payouts, DateOnly asOf)
    {
        var principal = loan.DisbursedAmount!.Value;
        var through = AccruedThrough(loan, asOf);
        var subsidyPercent = loan.SubsidyPercent ?? 0m;
        var accrued = SubsidyAccrual.Accrued(principal, subsidyPercent, loan.DisbursedOn!.Value, through);
        var paid = payouts.Sum(p => p.Amount);
        return new LoanLedgerView(
            loan.Id, principal,
            Amortisation.Fen(principal * (loan.GovernmentRiskSharePercent ?? 0m) / 100m),
            Amortisation.Fen(principal * (loan.BankRiskSharePercent ?? 0m) / 100m),
            Amortisation.Fen(principal * (loan.GuarantorRiskSharePercent ?? 0m) / 100m),
            Amortisation.Fen(principal * (loan.GuaranteeFeePercent ?? 0m) / 100m),
            subsidyPercent, accrued, paid, Math.Max(0m, accrued - paid), through, loan.MaturesOn,
            payouts.Select(SubsidyPayoutView.From).ToList());
    }

    /// <summary>The last day subsidy accrues to by <paramref name="asOf"/>: the earliest of that day, maturity and closing.</summary>
    public static DateOnly AccruedThrough(Referral loan, DateOnly asOf)
    {
        var through = asOf;
        if (loan.MaturesOn is { } matures && matures < through)
        {
            through = matures;
        }
        if (loan.ClosedOn is { } closed && closed < through)
        {
            through = closed;
        }
        return through;
    }
}
