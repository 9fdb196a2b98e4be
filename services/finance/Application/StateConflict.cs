using Qingmeng.ServiceDefaults.Outcomes;

namespace Qingmeng.Finance.Application;

/// <summary>
/// A refusal because of a record's state, not of an input: its problem names no field (only, where known, the
/// <c>currentState</c>), as the service has always answered such conflicts.
/// </summary>
public static class StateConflict
{
    /// <summary>The <see cref="Failure.Field"/> of a state conflict: none.</summary>
    public const string NoField = "";

    /// <summary>409 with <paramref name="title"/> and <paramref name="detail"/>, naming <paramref name="currentState"/> when given.</summary>
    public static Failure Of(string title, string detail, string? currentState = null)
    {
        var failure = Failure.Conflict(NoField, detail).Titled(title);
        return currentState is null ? failure : failure.With("currentState", currentState);
    }
}
