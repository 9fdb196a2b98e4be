using Qingmeng.Contracts.ReferenceData;
using Qingmeng.Contracts;
using Qingmeng.ServiceDefaults.Calendar;

namespace Qingmeng.Governance.Model.LabourDisputes;

/// <summary>Why an application is not accepted (不予受理); the applicant may then sue (第二十九条).</summary>
public enum LabourRefusalReason
{
    /// <summary>不属于劳动争议受理范围.</summary>
    NotALabourDispute,

    /// <summary>不属于本仲裁委员会管辖.</summary>
    OutsideJurisdiction,

    /// <summary>申请人或被申请人主体不适格.</summary>
    PartyNotEligible,

    /// <summary>无明确的仲裁请求和事实、理由.</summary>
    NoSpecificClaim,

    /// <summary>材料不齐且逾期未补正.</summary>
    IncompleteNotCorrected,

    /// <summary>一事不再理: already arbitrated, or before a court.</summary>
    AlreadyDecided,
}
