using Qingmeng.ServiceDefaults.Calendar;

namespace Qingmeng.Governance.Model.LabourDisputes;

/// <summary>How a dispute was closed (结案).</summary>
public enum LabourClosure
{
    /// <summary>裁决（调解书）已履行.</summary>
    Performed,

    /// <summary>驳回请求的裁决已生效, nobody sued: nothing to perform.</summary>
    AwardFinal,

    /// <summary>法院快结.</summary>
    CourtConcluded,
}
