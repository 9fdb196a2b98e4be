using Qingmeng.Contracts.ReferenceData;
using Qingmeng.Contracts;
using Qingmeng.ServiceDefaults.Calendar;

namespace Qingmeng.Governance.Model.LabourDisputes;

/// <summary>The lifecycle as data: every legal (state, action) pair; anything else is a 409 naming the state.</summary>
public static class LabourDisputeLifecycle
{
    private static readonly Dictionary<LabourDisputeAction, LabourDisputeStatus[]> Allowed = new()
    {
        [LabourDisputeAction.Accept] = [LabourDisputeStatus.Filed],
        [LabourDisputeAction.Refuse] = [LabourDisputeStatus.Filed],
        // Once only: from Extended there is no way back to asking again.
        [LabourDisputeAction.RequestExtension] = [LabourDisputeStatus.Accepted],
        [LabourDisputeAction.DecideExtension] = [LabourDisputeStatus.ExtensionRequested],
        [LabourDisputeAction.Award] = [LabourDisputeStatus.Accepted, LabourDisputeStatus.Extended],
        [LabourDisputeAction.Perform] = [LabourDisputeStatus.Awarded],
        [LabourDisputeAction.HandToCourt] = [LabourDisputeStatus.Awarded],
        [LabourDisputeAction.RecordCourtStage] = [LabourDisputeStatus.InCourt],
    };

    public static IReadOnlyCollection<LabourDisputeStatus> StatesAllowing(LabourDisputeAction action) => Allowed[action];

    public static bool IsAllowed(LabourDisputeStatus status, LabourDisputeAction action) => Array.IndexOf(Allowed[action], status) >= 0;

    /// <summary>Still before the arbitration commission (neither refused nor awarded yet).</summary>
    public static bool IsOpen(LabourDisputeStatus status) => status is not (LabourDisputeStatus.Refused or LabourDisputeStatus.Awarded
        or LabourDisputeStatus.InCourt or LabourDisputeStatus.Closed);
}

/// <summary>An action was attempted in a state that does not allow it.</summary>
public sealed class IllegalLabourDisputeTransitionException(LabourDisputeStatus current, LabourDisputeAction action)
    : InvalidOperationException($"{action} is not allowed while the dispute is {current}.")
{
    public LabourDisputeStatus Current { get; } = current;

    public LabourDisputeAction Action { get; } = action;
}
