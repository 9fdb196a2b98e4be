namespace Qingmeng.Governance.Model.Cases;

/// <summary>Where a case (工单) stands in the closed loop 受理 → 派单 → 签收 → 办理 → 办结 → 回访.</summary>
public enum CaseStatus
{
    /// <summary>受理: accepted from a channel, waiting for the centre to dispatch (or resolve it directly).</summary>
    Accepted,

    /// <summary>已派单: dispatched to a lead department, waiting for it to sign for the case (签收).</summary>
    Dispatched,

    /// <summary>已退单: the lead department returned it with a coded reason; the centre re-dispatches.</summary>
    Returned,

    /// <summary>办理中: signed for by the lead department (or reopened after an unsatisfied follow-up).</summary>
    InProgress,

    /// <summary>主办已办结，待协办反馈: the lead closed, some co-handlers have not reported yet.</summary>
    AwaitingCoHandlers,

    /// <summary>办结: closed with a resolution, waiting for the follow-up call.</summary>
    Closed,

    /// <summary>已回访: the follow-up found the caller satisfied; the loop is complete.</summary>
    FollowedUp,
}

/// <summary>What can be done to a case; <see cref="CaseLifecycle"/> says in which states.</summary>
public enum CaseAction
{
    Dispatch,
    SignFor,
    Return,
    AddNote,
    ReportAsCoHandler,
    RequestExtension,
    DecideExtension,
    CloseByCentre,
    CloseByLead,
    FollowUp,
}
