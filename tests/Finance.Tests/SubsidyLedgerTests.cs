using Qingmeng.Finance.Application;
using Qingmeng.Finance.Model;
using Qingmeng.ServiceDefaults.Calendar;

namespace Qingmeng.Finance.Tests;

/// <summary>贴息 accrues on the loan's life, not on the calendar: from disbursement to the earliest of the date, maturity and closing.</summary>
public sealed class SubsidyLedgerTests
{
    private static readonly DateTimeOffset Now = TestData.BeforeNationalDay;
    private static readonly LoanProduct Product = TestData.Product("QZBANK-KCD");

    /// <summary>1,800,000 yuan of 科创贷 (1 % 贴息) disbursed 12 Oct 2026 for 24 months: matures 12 Oct 2028.</summary>
    private static Referral Disbursed()
    {
        var loan = TestData.Applied(Product);
        loan.Consent(Now, 3, WorkingDayCalendar.ChinaMainland);
        loan.Approve(1_800_000m, 3.1m, 24, Now.AddDays(1), WorkingDayCalendar.ChinaMainland);
        loan.Disburse(1_800_000m, new DateOnly(2026, 10, 12), Product, Now.AddDays(12));
        return loan;
    }

    [Fact]
    public void Ledger_long_after_maturity_accrues_only_to_maturity()
    {
        var ledger = LoanLedger.Of(Disbursed(), [], new DateOnly(2030, 1, 1));

        // 731 days (2028 is a leap year) × 1,800,000 × 1 % / 360.
        Assert.Equal(new DateOnly(2028, 10, 12), ledger.AccruedThrough);
        Assert.Equal(36_550m, ledger.SubsidyAccrued);
        Assert.Equal(36_550m, ledger.SubsidyPayable);
    }

    [Fact]
    public void Ledger_of_a_loan_repaid_early_accrues_only_to_repayment()
    {
        var loan = Disbursed();
        loan.Repay(new DateOnly(2027, 1, 10));

        var ledger = LoanLedger.Of(loan, [], new DateOnly(2027, 6, 1));

        // 90 days × 1,800,000 × 1 % / 360.
        Assert.Equal(new DateOnly(2027, 1, 10), ledger.AccruedThrough);
        Assert.Equal(4_500m, ledger.SubsidyAccrued);
    }

    [Fact]
    public void Ledger_before_maturity_accrues_to_the_date_less_what_was_paid()
    {
        var loan = Disbursed();
        var paid = SubsidyPayout.Record(loan.Id, 1_000m, new DateOnly(2026, 10, 12), new DateOnly(2026, 12, 1), 1_800_000m, 1m, 2_450m, 0m,
            "policy-officer-1", "policy_officer", "payout-1", Now);

        var ledger = LoanLedger.Of(loan, [paid], new DateOnly(2027, 1, 10));

        Assert.Equal(new DateOnly(2027, 1, 10), ledger.AccruedThrough);
        Assert.Equal(4_500m, ledger.SubsidyAccrued);
        Assert.Equal(1_000m, ledger.SubsidyPaid);
        Assert.Equal(3_500m, ledger.SubsidyPayable);
        Assert.Equal("policy-officer-1", Assert.Single(ledger.Payouts).DecidedBy);
    }
}
