namespace Qingmeng.Identity.Operations;

/// <summary>
/// How failed sign-ins slow a client down, bound from <c>Identity:SignInThrottle</c>. Counted per (account, client):
/// after <see cref="FreeAttempts"/> failures each further one makes that client wait <see cref="BaseDelay"/>, then twice
/// as long, up to <see cref="MaxDelay"/>. Nobody is ever locked out: another client (the owner's) is not affected.
/// </summary>
public sealed class SignInThrottleOptions
{
    public int FreeAttempts { get; set; } = 5;

    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>A pair's counter is forgotten after this long without a failure.</summary>
    public TimeSpan ForgetAfter { get; set; } = TimeSpan.FromHours(1);

    /// <summary>
    /// Failures per hour against one account, from all clients together, above which every client gets no free attempts
    /// (its first failure already makes it wait): slows guessing spread over many addresses; the right password still works.
    /// </summary>
    public int AccountFailuresPerHour { get; set; } = 100;
}
