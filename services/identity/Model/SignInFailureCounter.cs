namespace Qingmeng.Identity.Model;

/// <summary>
/// Failed sign-ins counted under one key: an (account, client) pair, whose counter grows a waiting time, or an account
/// across all clients, counted per hour. Keys are hashes, so the table holds no user name or address in clear.
/// </summary>
public sealed class SignInFailureCounter
{
    public const int KeyLength = 72;

    public required string Key { get; init; }

    public int Failures { get; set; }

    /// <summary>When counting started: a pair's counter is forgotten after a quiet period, an account's after its hour.</summary>
    public DateTimeOffset WindowStartedAt { get; set; }

    public DateTimeOffset LastFailureAt { get; set; }

    /// <summary>Until when this pair's next attempt is refused without checking the password.</summary>
    public DateTimeOffset? BlockedUntil { get; set; }
}
