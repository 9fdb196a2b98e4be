namespace Qingmeng.PolicyMatch.Model.Policies;

/// <summary>One numbered clause (第N条) of a policy text.</summary>
public sealed record PolicyClause(int Number, string Heading, string Text);
