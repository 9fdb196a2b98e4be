namespace Qingmeng.ServiceDefaults.Calendar;

// Thrown for dates earlier than the first year the holiday data covers: treating them as
// weekends-only would silently produce wrong legal deadlines.
public sealed class CalendarCoverageException : Exception
{
    public CalendarCoverageException(DateOnly date, int firstCoveredYear)
        : base($"工作日历不覆盖 {date:yyyy-MM-dd}，数据自 {firstCoveredYear} 年起 (the working-day calendar has no data for {date:yyyy-MM-dd}; it starts in {firstCoveredYear}).")
    {
        Date = date;
        FirstCoveredYear = firstCoveredYear;
    }

    public DateOnly Date { get; }

    public int FirstCoveredYear { get; }
}
