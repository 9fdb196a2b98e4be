using Qingmeng.Contracts.ReferenceData;
using Qingmeng.Contracts;
using Qingmeng.ServiceDefaults.Calendar;

namespace Qingmeng.Governance.Model.LabourDisputes;

/// <summary>What the worker claims (仲裁请求的主要类别).</summary>
public enum LabourClaimType
{
    /// <summary>追索劳动报酬（欠薪）.</summary>
    UnpaidWages,

    /// <summary>加班费.</summary>
    Overtime,

    /// <summary>解除、终止劳动合同经济补偿或赔偿金.</summary>
    TerminationCompensation,

    /// <summary>工伤保险待遇.</summary>
    WorkInjury,

    /// <summary>社会保险.</summary>
    SocialInsurance,

    /// <summary>确认劳动关系.</summary>
    EmploymentRelationship,

    Other,
}
