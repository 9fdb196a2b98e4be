namespace Qingmeng.Approval.Model;

/// <summary>The four stages of a construction project's approvals (工程建设项目审批制度改革).</summary>
public enum ApprovalStage
{
    /// <summary>立项用地规划许可</summary>
    ProjectAndLand,

    /// <summary>工程建设许可</summary>
    EngineeringPermit,

    /// <summary>施工许可</summary>
    ConstructionPermit,

    /// <summary>竣工验收</summary>
    Completion,
}
