namespace Qingmeng.Identity.Operations;

/// <summary>
/// The service's log messages. They name accounts by their opaque id only: never a user name as typed (it may be a
/// phone or resident ID), a password, a resident ID or a phone number.
/// </summary>
internal static partial class IdentityLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Issued tokens: grant {GrantType}, client {ClientId}, subject {SubjectId}")]
    public static partial void TokenIssued(ILogger logger, string grantType, string clientId, string subjectId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Password grant refused: no account has the given user name")]
    public static partial void UnknownUserName(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Password grant refused for account {UserId} (locked out: {LockedOut})")]
    public static partial void PasswordRejected(ILogger logger, string userId, bool lockedOut);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sign-in refused without checking the password: this client failed too often for this user name ({Channel})")]
    public static partial void SignInThrottled(ILogger logger, string channel);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Identity:EnablePasswordGrant is ignored in the {Environment} environment: the password grant is for Development only")]
    public static partial void PasswordGrantIgnored(ILogger logger, string environment);

    [LoggerMessage(Level = LogLevel.Information, Message = "Pruned {Counters} stale failed sign-in counters")]
    public static partial void SignInCountersPruned(ILogger logger, int counters);

    [LoggerMessage(Level = LogLevel.Information, Message = "OAuth clients registered or updated: {Count}")]
    public static partial void ClientsSeeded(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo accounts created: {Created} (already present: {Existing})")]
    public static partial void DemoAccountsSeeded(ILogger logger, int created, int existing);

    [LoggerMessage(Level = LogLevel.Information, Message = "Pruned {Tokens} token and {Authorizations} authorization rows")]
    public static partial void Pruned(ILogger logger, long tokens, long authorizations);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Pruning tokens failed; retrying at the next interval")]
    public static partial void PruningFailed(ILogger logger, Exception exception);
}
