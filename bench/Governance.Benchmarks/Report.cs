using System.Globalization;
using System.Text;

namespace Qingmeng.Benchmarks.Governance;

/// <summary>The run as Markdown: machine, settings, then one table per scenario.</summary>
public static class Report
{
    public static string Render(BenchOptions options, DateTimeOffset startedAt, KpiResult? kpi, IntakeResult? intake)
    {
        var text = new StringBuilder();
        void Line(string line = "") => text.Append(line).Append('\n');
        Line($"# Governance benchmarks — {startedAt:yyyy-MM-dd HH:mm} UTC");
        Line();
        Line($"{Environment.ProcessorCount} logical CPUs, load average at the end {LoadAverage()}, {System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription}, Release: {IsRelease()}");
        if (kpi is not null)
        {
            Line();
            Line($"## KPI computation: {kpi.Cases:N0} cases, {kpi.Dispatches:N0} dispatches in March 2026, {kpi.Figures.Count} departments");
            Line();
            Line($"Seeded through the domain model and EF Core in {kpi.SeedTime.TotalSeconds:N0} s; each figure is the median of {options.Runs} runs after one warm-up run.");
            Line();
            Line("| step | rows | median ms | min ms | max ms |");
            Line("|---|---:|---:|---:|---:|");
            foreach (var t in kpi.Timings)
            {
                Line(string.Create(CultureInfo.InvariantCulture, $"| {t.What} | {t.Rows:N0} | {t.Median:N1} | {t.Min:N1} | {t.Max:N1} |"));
            }
            Line();
            Line("Query plan (EXPLAIN ANALYZE):");
            Line();
            Line("```");
            Line(kpi.Plan);
            Line("```");
            Line();
            Line("| department | dispatches | 签收率 | 办结率 | 按时办结率 | 满意率 |");
            Line("|---|---:|---:|---:|---:|---:|");
            foreach (var d in kpi.Figures)
            {
                Line($"| {d.DepartmentCode} | {d.Dispatches:N0} | {d.SignFor.Rate} % | {d.Completion.Rate} % | {d.OnTime.Rate} % | {d.Satisfaction.Rate} % |");
            }
        }
        if (intake is not null)
        {
            Line();
            Line($"## Intake → visible in the department's inbox, through the gateway, at {intake.OfferedRate} cases/s");
            Line();
            foreach (var (key, value) in intake.Settings)
            {
                Line($"- {key}: {value}");
            }
            Line(string.Create(CultureInfo.InvariantCulture,
                $"- {intake.Measured:N0} measured cases after {options.WarmUpCases:N0} warm-up cases; started at {intake.AchievedRate:N1} cases/s (largest start lag {intake.MaxStartLagMs:N0} ms), filed and dispatched at {intake.CompletedRate:N1} cases/s; {intake.Seen:N0} seen; {intake.Failures} failed requests; {intake.InboxPolls:N0} inbox polls"));
            Line();
            Line("| from the start of POST /cases to … | n | p50 ms | p90 ms | p99 ms | max ms |");
            Line("|---|---:|---:|---:|---:|---:|");
            Row("filed (201 received)", intake.Filed);
            Row("dispatched (200 received)", intake.Dispatched);
            Row("visible in the department's inbox (poll response received)", intake.Visible);

            void Row(string what, LatencySummary s) =>
                Line(string.Create(CultureInfo.InvariantCulture, $"| {what} | {s.Count:N0} | {s.P50:N1} | {s.P90:N1} | {s.P99:N1} | {s.Max:N1} |"));
        }
        return text.ToString();
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";

    private static bool IsRelease() =>
        typeof(Report).Assembly.GetCustomAttributes(typeof(System.Diagnostics.DebuggableAttribute), false)
            .OfType<System.Diagnostics.DebuggableAttribute>().All(a => !a.IsJITOptimizerDisabled);
}
