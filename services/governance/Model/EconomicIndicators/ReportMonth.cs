using System.Globalization;

namespace Qingmeng.Governance.Model.EconomicIndicators;

/// <summary>A reporting month written <c>yyyy-MM</c>, the form the statistics returns (统计月报) use.</summary>
public readonly record struct ReportMonth(int Year, int Month)
{
    public const string Pattern = "^[0-9]{4}-(0[1-9]|1[0-2])$";

    public static bool TryParse(string? text, out ReportMonth month)
    {
        if (text is not null && DateOnly.TryParseExact(text.Trim() + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var first))
        {
            month = new ReportMonth(first.Year, first.Month);
            return true;
        }
        month = default;
        return false;
    }

    public ReportMonth AddMonths(int months)
    {
        var first = new DateOnly(Year, Month, 1).AddMonths(months);
        return new ReportMonth(first.Year, first.Month);
    }

    /// <summary>The same month of the previous year, the year-on-year (同比) baseline.</summary>
    public ReportMonth SameMonthLastYear => AddMonths(-12);

    public override string ToString() => $"{Year:D4}-{Month:D2}";
}
