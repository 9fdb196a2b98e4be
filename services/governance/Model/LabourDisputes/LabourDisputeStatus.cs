using Qingmeng.Contracts.ReferenceData;
using Qingmeng.Contracts;
using Qingmeng.ServiceDefaults.Calendar;

namespace Qingmeng.Governance.Model.LabourDisputes;

/// <summary>Where a labour-dispute arbitration application (劳动争议仲裁申请) stands.</summary>
public enum LabourDisputeStatus
{
    /// <summary>已申请: filed, waiting for the acceptance decision (五日内受理或者不予受理, 第二十九条).</summary>
    Filed,

    /// <summary>已受理: accepted; the award is due 45 days after acceptance (第四十三条).</summary>
    Accepted,

    /// <summary>延期待批: the tribunal asked to extend the award deadline; the commission's director decides.</summary>
    ExtensionRequested,

    /// <summary>已延期: extended once (at most 15 days); no further extension.</summary>
    Extended,

    /// <summary>不予受理: refused with a coded reason (terminal).</summary>
    Refused,

    /// <summary>已裁决: the award was made; it is performed, or goes to court (裁审衔接).</summary>
    Awarded,

    /// <summary>在法院: enforcement applied for or a suit filed; followed through 快立、快审、快执、快结.</summary>
    InCourt,

    /// <summary>已结案 (terminal).</summary>
    Closed,
}

public enum LabourDisputeAction
{
    Accept,
    Refuse,
    RequestExtension,
    DecideExtension,
    Award,
    Perform,
    HandToCourt,
    RecordCourtStage,
}
