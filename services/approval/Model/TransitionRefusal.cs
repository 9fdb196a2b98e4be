namespace Qingmeng.Approval.Model;

/// <summary>Why a transition was refused: the state it was in, or the rule it broke (and the field that broke it).</summary>
public sealed record TransitionRefusal(bool IsStateConflict, string Title, string Detail, string? Field = null, IReadOnlyList<string>? Items = null);
