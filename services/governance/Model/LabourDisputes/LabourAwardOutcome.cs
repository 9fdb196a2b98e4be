using Qingmeng.Contracts.ReferenceData;
using Qingmeng.Contracts;
using Qingmeng.ServiceDefaults.Calendar;

namespace Qingmeng.Governance.Model.LabourDisputes;

public enum LabourAwardOutcome
{
    /// <summary>支持仲裁请求.</summary>
    Upheld,

    /// <summary>部分支持.</summary>
    PartlyUpheld,

    /// <summary>驳回仲裁请求.</summary>
    Dismissed,

    /// <summary>调解结案（出具调解书）.</summary>
    Mediated,
}
