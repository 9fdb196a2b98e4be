using System.Globalization;

namespace Qingmeng.Approval.Jobs;

/// <summary>
/// The Testing environment's clock for <see cref="ApprovalClockJob"/> alone: the system clock moved forward by the offset
/// written in a file (a <see cref="TimeSpan"/> such as <c>3.00:00:00</c>; no file or an empty one means none). The platform's
/// journey tests use it to let a statutory deadline pass without waiting weeks; the API, the consumers and token checks
/// keep the real clock. Registered only in the Testing environment with <c>Testing:ClockJobOffsetFile</c> set.
/// </summary>
public sealed class MovedClock(string offsetFile) : TimeProvider
{
    // The job reads "now" a few times per round; reading the file at most this often is plenty.
    private static readonly TimeSpan RereadAfter = TimeSpan.FromMilliseconds(200);
    private readonly Lock _gate = new();
    private TimeSpan _offset;
    private long _readAt = -1;

    public override DateTimeOffset GetUtcNow() => TimeProvider.System.GetUtcNow() + Offset();

    private TimeSpan Offset()
    {
        lock (_gate)
        {
            var now = TimeProvider.System.GetTimestamp();
            if (_readAt < 0 || TimeProvider.System.GetElapsedTime(_readAt, now) >= RereadAfter)
            {
                _offset = Read();
                _readAt = now;
            }
            return _offset;
        }
    }

    private TimeSpan Read()
    {
        try
        {
            var text = File.Exists(offsetFile) ? File.ReadAllText(offsetFile).Trim() : "";
            return text.Length > 0 && TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out var offset) ? offset : TimeSpan.Zero;
        }
        catch (IOException)
        {
            // The test is rewriting it; keep the last value until the next read.
            return _offset;
        }
    }
}
