namespace Qingmeng.Finance.Model;

/// <summary>
/// Amortisation in decimal yuan, monthly rate = annual rate / 12, every amount rounded to the fen (half away from zero);
/// the last instalment takes the rounding remainder so the principal repaid is exactly the loan.
/// </summary>
public static class Amortisation
{
    public static AmortisationSchedule Schedule(decimal principal, decimal annualRatePercent, int termMonths, RepaymentMethod method, DateOnly firstDueOn)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(principal);
        ArgumentOutOfRangeException.ThrowIfNegative(annualRatePercent);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(termMonths);

        var monthlyRate = annualRatePercent / 100m / 12m;
        var level = method == RepaymentMethod.EqualInstalment ? LevelPayment(principal, monthlyRate, termMonths) : 0m;
        var equalPrincipal = Fen(principal / termMonths);
        var balance = principal;
        var instalments = new List<Instalment>(termMonths);
        for (var n = 1; n <= termMonths; n++)
        {
            var interest = Fen(balance * monthlyRate);
            decimal principalPart;
            if (n == termMonths)
            {
                principalPart = balance;
            }
            else if (method == RepaymentMethod.EqualInstalment)
            {
                principalPart = level - interest;
            }
            else
            {
                principalPart = equalPrincipal;
            }
            balance -= principalPart;
            instalments.Add(new Instalment(n, firstDueOn.AddMonths(n - 1), principalPart + interest, principalPart, interest, balance));
        }

        var totalInterest = instalments.Sum(i => i.Interest);
        return new AmortisationSchedule(method, principal, annualRatePercent, termMonths, principal + totalInterest, totalInterest, instalments);
    }

    /// <summary>等额本息 payment P·r·(1+r)^n / ((1+r)^n − 1), rounded to the fen; P / n when the rate is zero.</summary>
    public static decimal LevelPayment(decimal principal, decimal monthlyRate, int termMonths)
    {
        if (monthlyRate == 0m)
        {
            return Fen(principal / termMonths);
        }
        var growth = 1m;
        for (var i = 0; i < termMonths; i++)
        {
            growth *= 1m + monthlyRate;
        }
        return Fen(principal * monthlyRate * growth / (growth - 1m));
    }

    public static decimal Fen(decimal amount) => Math.Round(amount, 2, MidpointRounding.AwayFromZero);
}
