namespace Qingmeng.Benchmarks.Messaging.Pipeline;

/// <summary>Polls a condition until it holds, failing with a clear message after the timeout.</summary>
public static class WaitUntil
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(50);

    public static async Task TrueAsync(Func<bool> condition, TimeSpan timeout, string what, CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!condition())
        {
            if (DateTime.UtcNow >= deadline)
            {
                throw new TimeoutException($"Gave up after {timeout.TotalSeconds:F0} s waiting for {what}.");
            }
            await Task.Delay(PollInterval, cancellationToken);
        }
    }
}
