using Qingmeng.ServiceDefaults.Eligibility;

namespace Qingmeng.PolicyMatch.Model.Profiles;

/// <summary>What kind of value a profile field holds.</summary>
public enum ProfileFieldKind
{
    Number,
    Text,
    Flag,
    Date,
    TextSet,
}

/// <summary>
/// Who may assert a field's value (一企一档 trust boundaries). Officers may set any field; the owner is the
/// authority whose word counts without an officer: another service's events, or the firm's own declaration
/// (which stays "declared" until an officer verifies it).
/// </summary>
public enum FieldOwner
{
    /// <summary>The firm may declare it; an officer verifies it (营业收入, 研发费用, 从业人数 …).</summary>
    FirmDeclaration,
    /// <summary>Finance (财政金融服务): <c>LoanDisbursed</c>, <c>WhitelistChanged</c>.</summary>
    Finance,
    /// <summary>Governance (社会治理): penalties, credit repair, credit standing, closed cases.</summary>
    Governance,
    /// <summary>Talent (人才服务): confirmed hires and certified talents.</summary>
    Talent,
    /// <summary>Approval (项目审批): projects ready for construction.</summary>
    Approval,
    /// <summary>A government record only an officer enters (认定机构, 统计, 税务, 社保, 市场监管).</summary>
    Officer,
}

/// <summary>A profile field that conditions and amount rules may refer to, with its Chinese label, unit and owner.</summary>
public sealed record ProfileField(string Key, string Label, ProfileFieldKind Kind, string? Unit, FieldOwner Owner, string Authority)
{
    /// <summary>Whether the firm may declare the field itself (to be verified by an officer).</summary>
    public bool Declarable => Owner == FieldOwner.FirmDeclaration;

    /// <summary>
    /// Whether a policy officer may enter it. Finance, talent and approval report their fields by event, so only
    /// those events assert them; governance's fields stay enterable, because no event says "no penalty" or grades
    /// credit, and matching needs those known.
    /// </summary>
    public bool OfficerMaySet => Owner is not (FieldOwner.Finance or FieldOwner.Talent or FieldOwner.Approval);
}
