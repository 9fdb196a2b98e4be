namespace Qingmeng.Governance.Model;

/// <summary>
/// One entry of the zone's lenient-enforcement lists (不予处罚/减轻处罚清单), 行政处罚法 §32–33: the offence, the
/// treatment, and the conditions it needs. Safety categories are never on the no-penalty list.
/// </summary>
public sealed record LenientRule(
    string Code,
    string DepartmentCode,
    string Offence,
    LenientTreatment Treatment,
    bool RequiresFirstOffence,
    HarmLevel MaxHarm,
    bool RequiresTimelyCorrection,
    bool AllowsIllegalGain,
    string LegalBasis);

public sealed record LenientCondition(string Condition, string Required, string Actual, bool Met);
