namespace Qingmeng.ServiceDefaults.Calendar;

// A span during which a deadline clock is stopped (行政许可法 §45: hearings, tendering, auctions, testing,
// inspection, quarantine, expert review; or waiting for the applicant to supplement materials).
// Half-open: [Start, End). A zero-length pause stops nothing.
public readonly record struct PauseInterval
{
    public PauseInterval(DateTimeOffset start, DateTimeOffset end)
    {
        if (end < start)
        {
            throw new ArgumentException($"Pause end {end:O} is before its start {start:O}.", nameof(end));
        }

        Start = start;
        End = end;
    }

    public DateTimeOffset Start { get; }

    public DateTimeOffset End { get; }
}
