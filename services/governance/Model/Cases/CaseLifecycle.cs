namespace Qingmeng.Governance.Model.Cases;

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
