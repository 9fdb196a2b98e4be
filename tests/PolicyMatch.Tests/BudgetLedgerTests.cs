using Qingmeng.PolicyMatch.Model.Claims;
using Qingmeng.PolicyMatch.Model.Ledger;
using static PolicyMatch.Tests.TestPolicies;

namespace PolicyMatch.Tests;

public sealed class BudgetLedgerTests
{
    [Theory]
    [InlineData(250_000, 0, 100_000, true)]
    [InlineData(250_000, 200_000, 50_000, true)]     // exactly to the envelope
    [InlineData(250_000, 200_000, 50_000.01, false)] // one fen over
    [InlineData(250_000, 250_000, 1, false)]
    [InlineData(250_000, 0, 0, false)]               // nothing to pay
    [InlineData(250_000, 0, -1, false)]
    public void A_payment_fits_only_while_paid_plus_amount_stays_within_the_envelope(double envelope, double paid, double amount, bool fits)
    {
        Assert.Equal(fits, BudgetLedger.Fits((decimal)envelope, (decimal)paid, (decimal)amount));
    }

    [Fact]
    public void Sequential_payments_against_a_small_budget_stop_at_the_envelope()
    {
        const decimal envelope = 250_000m;
        var paid = 0m;
        var payments = 0;
        for (var i = 0; i < 10; i++)
        {
            if (BudgetLedger.Fits(envelope, paid, 100_000m))
            {
                paid += 100_000m;
                payments++;
            }
        }

        Assert.Equal(2, payments);
        Assert.Equal(200_000m, paid);
        Assert.True(paid <= envelope);
    }

    [Fact]
    public void A_new_version_may_resize_the_envelope_but_never_below_what_is_paid()
    {
        var ledger = BudgetLedger.Open("QM-KJ-001", "2026", 1_000_000m, Now);

        Assert.True(ledger.Resize(2_000_000m, Now));
        Assert.Equal(2_000_000m, ledger.Envelope);
        Assert.Equal(2_000_000m, ledger.Remaining);
        Assert.True(ledger.Resize(0m, Now)); // nothing paid yet
    }

    [Fact]
    public void A_clawback_reverses_one_payment_for_the_same_firm_policy_and_period()
    {
        var payment = Disbursement.Payment(Guid.NewGuid(), "QM-KJ-001", 1, "2026", "91350500MA31GJ8K73", 200_000m, Now.AddHours(-2), "officer", new DecisionBasis([], ["officer"]), Now);

        var clawback = payment.Clawback("更正后不再符合条件", "officer", Now);

        Assert.Equal(DisbursementKind.Clawback, clawback.Kind);
        Assert.Equal(payment.Id, clawback.ReversesId);
        Assert.Equal(payment.Amount, clawback.Amount);
        Assert.Equal((payment.PolicyCode, payment.Period, payment.CreditCode), (clawback.PolicyCode, clawback.Period, clawback.CreditCode));
    }
}
