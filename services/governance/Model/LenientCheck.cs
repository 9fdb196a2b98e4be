namespace Qingmeng.Governance.Model;

public sealed record LenientCheckRequest(string RuleCode, bool FirstOffence, HarmLevel Harm, bool CorrectedInTime, decimal IllegalGainYuan);

public sealed record LenientCheckResult(string RuleCode, string Offence, LenientTreatment? Treatment, bool Qualifies, IReadOnlyList<LenientCondition> Conditions);
