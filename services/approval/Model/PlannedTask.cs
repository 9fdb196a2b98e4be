namespace Qingmeng.Approval.Model;

/// <summary>What a task's expected dates rest on.</summary>
public enum PlanBasis
{
    /// <summary>Approved: the dates are the real ones.</summary>
    Decided,

    /// <summary>Accepted and on the statutory clock: finishes at its deadline (or now, when overdue).</summary>
    OnClock,

    /// <summary>Submitted, not yet accepted: assumed accepted now, with the full limit.</summary>
    AwaitingAcceptance,

    /// <summary>Not yet applied for: starts when its last prerequisite finishes (or now), with the full limit.</summary>
    NotSubmitted,

    /// <summary>不予许可 and not yet applied for again: assumed resubmitted now (or when its prerequisites finish), with the full limit.</summary>
    AwaitingResubmission,
}

public sealed record PlannedTask(
    Guid TaskId,
    string SubItemCode,
    string SubItemName,
    string DepartmentCode,
    ApprovalTaskStatus Status,
    bool GatesGroundbreaking,
    DateOnly? ExpectedStart,
    DateOnly? ExpectedFinish,
    bool OnCriticalPath,
    int Attempt,
    PlanBasis Basis);
