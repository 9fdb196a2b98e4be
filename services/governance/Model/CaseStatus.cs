namespace Qingmeng.Governance.Model;

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

/// <summary>The lifecycle as data: every legal (state, action) pair; everything else is a 409 naming the state.</summary>
public static class CaseLifecycle
{
    private static readonly Dictionary<CaseAction, CaseStatus[]> Allowed = new()
    {
        [CaseAction.Dispatch] = [CaseStatus.Accepted, CaseStatus.Returned],
        [CaseAction.SignFor] = [CaseStatus.Dispatched],
        [CaseAction.Return] = [CaseStatus.Dispatched],
        [CaseAction.AddNote] = [CaseStatus.InProgress, CaseStatus.AwaitingCoHandlers],
        [CaseAction.ReportAsCoHandler] = [CaseStatus.InProgress, CaseStatus.AwaitingCoHandlers],
        [CaseAction.RequestExtension] = [CaseStatus.InProgress],
        [CaseAction.DecideExtension] = [CaseStatus.InProgress, CaseStatus.AwaitingCoHandlers],
        // 即办: the centre resolves a case itself (a hotline question answered on the spot) before or instead of dispatching.
        [CaseAction.CloseByCentre] = [CaseStatus.Accepted, CaseStatus.Returned],
        [CaseAction.CloseByLead] = [CaseStatus.InProgress],
        [CaseAction.FollowUp] = [CaseStatus.Closed],
    };

    public static IReadOnlyCollection<CaseStatus> StatesAllowing(CaseAction action) => Allowed[action];

    public static bool IsAllowed(CaseStatus status, CaseAction action) => Array.IndexOf(Allowed[action], status) >= 0;

    /// <summary>Open cases are those a department or the centre still has to act on.</summary>
    public static bool IsOpen(CaseStatus status) => status is not (CaseStatus.Closed or CaseStatus.FollowedUp);
}

/// <summary>An action was attempted in a state that does not allow it.</summary>
public sealed class IllegalCaseTransitionException(CaseStatus current, CaseAction action)
    : InvalidOperationException($"{action} is not allowed while the case is {current}.")
{
    public CaseStatus Current { get; } = current;

    public CaseAction Action { get; } = action;
}

/// <summary>A business rule refused the change; <see cref="Field"/> names the request field at fault when there is one.</summary>
public sealed class CaseRuleException(string message, string? field = null, int statusCode = 422) : InvalidOperationException(message)
{
    public string? Field { get; } = field;

    public int StatusCode { get; } = statusCode;
}
