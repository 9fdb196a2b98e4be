using System.Text.Json;
using System.Text.Json.Serialization;
using Qingmeng.Contracts;
using Qingmeng.ServiceDefaults.Authentication;
using Qingmeng.ServiceDefaults.Eligibility;

namespace Qingmeng.PolicyMatch.Model.Profiles;

/// <summary>Where profile facts come from.</summary>
public static class FactSources
{
    /// <summary>The firm's own declaration, not yet verified.</summary>
    public const string Firm = "firm";
    public const string Officer = "officer";
    /// <summary>A firm's declaration an officer has verified.</summary>
    public const string VerifiedDeclaration = "firm:verified";
    public const string LoanDisbursed = "finance:LoanDisbursed";
    public const string WhitelistChanged = "finance:WhitelistChanged";
    public const string TalentCertified = "talent:TalentCertified";
    public const string HireConfirmed = "talent:HireConfirmed";
    public const string ProjectReadyForConstruction = "approval:ProjectReadyForConstruction";
    public const string CaseClosed = "governance:CaseClosed";
    public const string CreditRepaired = "governance:CreditRepaired";
    public const string PenaltyRecorded = "governance:PenaltyRecorded";
    public const string FirmRegistered = "governance:FirmRegistered";
    public const string FirmUpdated = "governance:FirmUpdated";

    /// <summary>Everything but an unverified declaration (including the declarations older profiles hold among their facts).</summary>
    public static bool IsAuthoritative(string source) => source != Firm;
}
