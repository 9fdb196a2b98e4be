using Qingmeng.ServiceDefaults.Outcomes;

namespace Qingmeng.ServiceDefaults.Validation;

/// <summary>
/// The <c>Idempotency-Key</c> header: a caller's name for one operation. Keys belong to the caller (the token's
/// subject), so two callers never collide; the same caller's retry gets the first answer, and the same key for a
/// different operation is refused rather than silently answered with the first.
/// </summary>
public static class IdempotencyKeys
{
    public const string Header = "Idempotency-Key";
    public const int MaxLength = 100;

    /// <summary>A malformed key (400): blank or longer than the column that keeps it; null when usable (or absent).</summary>
    public static Failure? Invalid(string? key) =>
        key is not null && (string.IsNullOrWhiteSpace(key) || key.Length > MaxLength)
            ? Failure.Invalid(Header, $"Idempotency-Key 须为 1–{MaxLength} 个字符 (must be 1 to {MaxLength} characters).")
            : null;

    /// <summary>422: the caller already used this key for a different request.</summary>
    public static Failure Reused() => Failure.Unprocessable(
        Header,
        "该 Idempotency-Key 已用于另一笔不同的请求 (this Idempotency-Key was already used for a different request).")
        .Titled("幂等键重复使用 (Idempotency-Key reused).");
}
