using System.Diagnostics;
using System.Globalization;

namespace Qingmeng.Benchmarks.Gateway;

/// <summary>
/// CPU time spent by this process and everything it started (PostgreSQL, Redis, RabbitMQ). Per request it measures what
/// the gateway costs independently of other load on the machine, which throughput on a shared two-core box cannot.
/// </summary>
public static class CpuClock
{
    private static readonly double TicksPerSecond = 100; // USER_HZ on Linux.

    public static TimeSpan Now()
    {
        if (!Directory.Exists("/proc/self"))
        {
            return Process.GetCurrentProcess().TotalProcessorTime;
        }
        var self = Environment.ProcessId;
        var parents = new Dictionary<int, int>();
        var ticks = new Dictionary<int, long>();
        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(directory), NumberStyles.None, CultureInfo.InvariantCulture, out var pid))
            {
                continue;
            }
            try
            {
                var stat = File.ReadAllText(Path.Combine(directory, "stat"));
                // Fields after the command name (which may hold spaces) start at state: ppid is the 2nd, utime/stime the 12th/13th.
                var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                parents[pid] = int.Parse(fields[1], CultureInfo.InvariantCulture);
                ticks[pid] = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
            }
            catch (IOException)
            {
                // The process ended while being read.
            }
        }
        long total = 0;
        foreach (var (pid, cpu) in ticks)
        {
            for (var current = pid; current > 1; current = parents.GetValueOrDefault(current))
            {
                if (current == self)
                {
                    total += cpu;
                    break;
                }
            }
        }
        return TimeSpan.FromSeconds(total / TicksPerSecond);
    }
}
