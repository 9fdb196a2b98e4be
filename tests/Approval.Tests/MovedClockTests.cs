using Qingmeng.Approval.Jobs;

namespace Qingmeng.Approval.Tests;

/// <summary>The Testing environment's clock for the clock job: the system clock plus the offset a test writes in a file.</summary>
public sealed class MovedClockTests : IDisposable
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), "moved-clock-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public void Without_the_file_the_moved_clock_is_the_system_clock()
    {
        var clock = new MovedClock(_file);

        Assert.InRange(clock.GetUtcNow() - DateTimeOffset.UtcNow, TimeSpan.FromMinutes(-1), TimeSpan.FromMinutes(1));
    }

    [Fact]
    public void The_moved_clock_runs_ahead_by_the_offset_in_the_file()
    {
        File.WriteAllText(_file, "3.00:00:00");
        var clock = new MovedClock(_file);

        Assert.InRange(clock.GetUtcNow() - DateTimeOffset.UtcNow, TimeSpan.FromDays(3) - TimeSpan.FromMinutes(1), TimeSpan.FromDays(3) + TimeSpan.FromMinutes(1));
    }

    public void Dispose() => File.Delete(_file);
}
