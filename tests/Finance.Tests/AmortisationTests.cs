using Qingmeng.Finance.Model;

namespace Qingmeng.Finance.Tests;

public sealed class AmortisationTests
{
    private static readonly DateOnly FirstDue = new(2026, 11, 15);

    [Fact]
    public void Equal_instalments_match_the_hand_computed_schedule_to_the_fen()
    {
        // 120,000 yuan, 12 months, 3.6 % a year → r = 0.003; payment = P·r·(1+r)^12 / ((1+r)^12 − 1) = 10,196.07.
        var schedule = Amortisation.Schedule(120_000m, 3.6m, 12, RepaymentMethod.EqualInstalment, FirstDue);

        Assert.Equal(12, schedule.Instalments.Count);
        Assert.Equal(new Instalment(1, FirstDue, 10_196.07m, 9_836.07m, 360.00m, 110_163.93m), schedule.Instalments[0]);
        Assert.Equal(new Instalment(2, FirstDue.AddMonths(1), 10_196.07m, 9_865.58m, 330.49m, 100_298.35m), schedule.Instalments[1]);
        Assert.All(schedule.Instalments.Take(11), i => Assert.Equal(10_196.07m, i.Payment));
        // The last instalment takes the rounding remainder: the principal repaid is exactly the loan.
        Assert.Equal(new Instalment(12, FirstDue.AddMonths(11), 10_196.08m, 10_165.58m, 30.50m, 0m), schedule.Instalments[11]);
        Assert.Equal(120_000m, schedule.Instalments.Sum(i => i.Principal));
        Assert.Equal(2_352.85m, schedule.TotalInterest);
        Assert.Equal(122_352.85m, schedule.TotalPayment);
    }

    [Fact]
    public void Equal_principal_repays_ten_thousand_a_month_with_interest_on_the_falling_balance()
    {
        // Interest = 0.003 × 10,000 × (12 + 11 + … + 1) = 0.003 × 10,000 × 78 = 2,340.
        var schedule = Amortisation.Schedule(120_000m, 3.6m, 12, RepaymentMethod.EqualPrincipal, FirstDue);

        Assert.All(schedule.Instalments, i => Assert.Equal(10_000m, i.Principal));
        Assert.Equal(360m, schedule.Instalments[0].Interest);
        Assert.Equal(10_360m, schedule.Instalments[0].Payment);
        Assert.Equal(330m, schedule.Instalments[1].Interest);
        Assert.Equal(30m, schedule.Instalments[11].Interest);
        Assert.Equal(10_030m, schedule.Instalments[11].Payment);
        Assert.Equal(2_340m, schedule.TotalInterest);
        Assert.Equal(0m, schedule.Instalments[^1].Balance);
    }

    [Fact]
    public void A_principal_that_does_not_divide_evenly_still_repays_exactly()
    {
        var schedule = Amortisation.Schedule(100_000m, 4.35m, 7, RepaymentMethod.EqualPrincipal, FirstDue);

        Assert.Equal(14_285.71m, schedule.Instalments[0].Principal);
        Assert.Equal(14_285.74m, schedule.Instalments[^1].Principal);
        Assert.Equal(100_000m, schedule.Instalments.Sum(i => i.Principal));
    }

    [Fact]
    public void A_zero_rate_loan_is_the_principal_split_evenly()
    {
        var schedule = Amortisation.Schedule(1_200m, 0m, 12, RepaymentMethod.EqualInstalment, FirstDue);

        Assert.All(schedule.Instalments, i => Assert.Equal(100m, i.Payment));
        Assert.Equal(0m, schedule.TotalInterest);
    }

    [Fact]
    public void Subsidy_accrues_on_actual_days_over_360()
    {
        // 2,000,000 × 1 % × 90 / 360 = 5,000.
        Assert.Equal(5_000m, SubsidyAccrual.Accrued(2_000_000m, 1m, new DateOnly(2026, 1, 1), new DateOnly(2026, 4, 1)));
        Assert.Equal(0m, SubsidyAccrual.Accrued(2_000_000m, 1m, new DateOnly(2026, 4, 1), new DateOnly(2026, 1, 1)));
    }
}
