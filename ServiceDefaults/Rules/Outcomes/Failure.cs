namespace Qingmeng.ServiceDefaults.Outcomes;

/// <summary>Why a use case refused, in domain terms; the API layer turns it into a problem response.</summary>
public enum FailureKind
{
    /// <summary>The request itself is malformed (400).</summary>
    Invalid,

    /// <summary>Well-formed, but it breaks a business rule (422).</summary>
    Unprocessable,

    /// <summary>The thing asked for does not exist, or the caller may not know it does (404).</summary>
    NotFound,

    /// <summary>The caller may see the thing but not do this to it (403).</summary>
    Forbidden,

    /// <summary>It collides with what is already recorded, or with the thing's current state (409).</summary>
    Conflict,
}

/// <summary>
/// A refusal naming the field it concerns, so every service reports problems the same way without knowing HTTP.
/// <see cref="Extensions"/> carries extra problem members (say, <c>currentState</c>).
/// </summary>
public sealed record Failure(FailureKind Kind, string Field, string Message)
{
    /// <summary>A title for the problem; null uses the default title of <see cref="Kind"/>.</summary>
    public string? Title { get; init; }

    public IReadOnlyDictionary<string, object?> Extensions { get; init; } = new Dictionary<string, object?>();

    public static Failure Invalid(string field, string message) => new(FailureKind.Invalid, field, message);

    public static Failure Unprocessable(string field, string message) => new(FailureKind.Unprocessable, field, message);

    public static Failure NotFound(string field, string message) => new(FailureKind.NotFound, field, message);

    public static Failure Forbidden(string field, string message) => new(FailureKind.Forbidden, field, message);

    public static Failure Conflict(string field, string message) => new(FailureKind.Conflict, field, message);

    /// <summary>The same failure with a problem title.</summary>
    public Failure Titled(string title) => this with { Title = title };

    /// <summary>The same failure with one more problem member.</summary>
    public Failure With(string member, object? value) =>
        this with { Extensions = new Dictionary<string, object?>(Extensions) { [member] = value } };
}
