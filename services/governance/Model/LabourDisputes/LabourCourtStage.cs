using Qingmeng.ServiceDefaults.Calendar;

namespace Qingmeng.Governance.Model.LabourDisputes;

/// <summary>The green channel in court (快立、快审、快执、快结), in the order the stages must come.</summary>
public enum LabourCourtStage
{
    /// <summary>移送: handed to the court's liaison officer (联络员).</summary>
    Referred,

    /// <summary>快立: the court registered the suit or the enforcement application.</summary>
    Registered,

    /// <summary>快审: judgement given (litigation only).</summary>
    Judged,

    /// <summary>快执: enforced.</summary>
    Enforced,

    /// <summary>快结: concluded; the dispute is closed.</summary>
    Concluded,
}

/// <summary>How an award reaches the court (裁审衔接).</summary>
public enum LabourCourtRoute
{
    /// <summary>申请强制执行: the award is in force and was not performed.</summary>
    Enforcement,

    /// <summary>诉讼衔接: a party sued against the award within the 15 days (第四十八条、第五十条).</summary>
    Litigation,
}
