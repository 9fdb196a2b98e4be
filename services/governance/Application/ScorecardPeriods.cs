using Qingmeng.ServiceDefaults.Calendar;

namespace Qingmeng.Governance.Application;

/// <summary>Periods of a year: months <c>M01</c>…<c>M12</c>, quarters <c>Q1</c>…<c>Q4</c>, halves <c>H1</c>/<c>H2</c>, the year <c>Y</c>.</summary>
public static class ScorecardPeriods
{
    /// <summary>The four periods a day counts in: its month, quarter, half and year.</summary>
    public static IReadOnlyList<string> Containing(DateOnly day) =>
        [$"M{day.Month:D2}", $"Q{(day.Month + 2) / 3}", $"H{(day.Month + 5) / 6}", "Y"];

    /// <summary>The months a period spans, or null when the code is not a period.</summary>
    public static (int FirstMonth, int LastMonth)? Months(string? period) => period switch
    {
        "Y" => (1, 12),
        "H1" => (1, 6),
        "H2" => (7, 12),
        "Q1" => (1, 3),
        "Q2" => (4, 6),
        "Q3" => (7, 9),
        "Q4" => (10, 12),
        { Length: 3 } m when m[0] == 'M' && int.TryParse(m.AsSpan(1), out var month) && month is >= 1 and <= 12 => (month, month),
        _ => null,
    };

    public static DateOnly ChinaDate(DateTimeOffset at) => ChinaTime.ToChinaDate(at);
}
