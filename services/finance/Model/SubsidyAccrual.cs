namespace Qingmeng.Finance.Model;

/// <summary>Interest subsidy accrued on a loan: principal × subsidy rate × days elapsed / 360 (actual/360), to the fen.</summary>
public static class SubsidyAccrual
{
    public static decimal Accrued(decimal principal, decimal subsidyPercent, DateOnly from, DateOnly through)
    {
        var days = Math.Max(0, through.DayNumber - from.DayNumber);
        return Amortisation.Fen(principal * subsidyPercent / 100m * days / 360m);
    }
}
