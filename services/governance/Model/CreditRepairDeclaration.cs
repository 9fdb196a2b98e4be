namespace Qingmeng.Governance.Model;

/// <summary>What the deciding officer has verified: the fine paid (when there was one) and the offence corrected.</summary>
public sealed record CreditRepairDeclaration(bool FinePaid, bool Corrected);

/// <summary>One reason a repair cannot be granted (yet): the request field at fault and why.</summary>
public sealed record CreditRepairRefusal(string Field, string Reason);
