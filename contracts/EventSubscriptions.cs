namespace Qingmeng.Contracts;

/// <summary>
/// Which durable consumer queue receives which integration event, across the platform. A publisher declares these
/// queues and their bindings before it first publishes an event type, so an event published before its consumer ever
/// ran (a fresh environment, rollout order, a new consumer) waits in the consumer's queue instead of being confirmed by
/// the broker into nowhere. Each service checks at start that its inbox consumers match this list.
/// </summary>
public static class EventSubscriptions
{
    private static readonly (string Queue, Type Event)[] Entries =
    [
        ("approval-case-filed", typeof(CaseFiled)),
        ("approval-supervision-concluded", typeof(SupervisionConcluded)),
        ("approval-holiday-schedule-confirmed", typeof(HolidayScheduleConfirmed)),
        ("approval-firm-registered", typeof(FirmRegistered)),
        ("approval-firm-updated", typeof(FirmUpdated)),

        ("finance-penalty-recorded", typeof(PenaltyRecorded)),
        ("finance-credit-repaired", typeof(CreditRepaired)),
        ("finance-holiday-schedule-confirmed", typeof(HolidayScheduleConfirmed)),
        ("finance-project-registered", typeof(ProjectRegistered)),
        ("finance-talent-certified", typeof(TalentCertified)),
        ("finance-firm-registered", typeof(FirmRegistered)),
        ("finance-firm-updated", typeof(FirmUpdated)),

        ("governance-approval-task-overdue", typeof(ApprovalTaskOverdue)),
        ("governance-scorecard-case-filed", typeof(CaseFiled)),
        ("governance-scorecard-case-dispatched", typeof(CaseDispatched)),
        ("governance-scorecard-case-closed", typeof(CaseClosed)),
        ("governance-scorecard-case-followed-up", typeof(CaseFollowedUp)),
        ("governance-scorecard-project-registered", typeof(ProjectRegistered)),
        ("governance-scorecard-approval-task-completed", typeof(ApprovalTaskCompleted)),
        ("governance-scorecard-project-ready", typeof(ProjectReadyForConstruction)),
        ("governance-scorecard-subsidy-disbursed", typeof(SubsidyDisbursed)),
        ("governance-scorecard-subsidy-clawed-back", typeof(SubsidyClawedBack)),
        ("governance-scorecard-loan-disbursed", typeof(LoanDisbursed)),
        ("governance-scorecard-talent-certified", typeof(TalentCertified)),
        ("governance-scorecard-hire-confirmed", typeof(HireConfirmed)),
        ("governance-scorecard-certification-granted", typeof(FirmCertificationGranted)),
        ("governance-scorecard-lenient-treatment-applied", typeof(LenientTreatmentApplied)),
        ("governance-scorecard-retention-incentive-due", typeof(RetentionIncentiveDue)),
        ("governance-scorecard-retention-incentive-paid", typeof(RetentionIncentivePaid)),
        ("governance-scorecard-credit-repaired", typeof(CreditRepaired)),
        ("governance-scorecard-application-guided", typeof(ApplicationGuided)),
        ("governance-scorecard-investment-intent-signed", typeof(InvestmentIntentSigned)),
        ("governance-scorecard-investment-contract-signed", typeof(InvestmentContractSigned)),

        ("policy-match-case-closed", typeof(CaseClosed)),
        ("policy-match-case-closed-profile", typeof(CaseClosed)),
        ("policy-match-loan-disbursed", typeof(LoanDisbursed)),
        ("policy-match-whitelist-changed", typeof(WhitelistChanged)),
        ("policy-match-talent-certified", typeof(TalentCertified)),
        ("policy-match-hire-confirmed", typeof(HireConfirmed)),
        ("policy-match-project-ready-for-construction", typeof(ProjectReadyForConstruction)),
        ("policy-match-credit-repaired", typeof(CreditRepaired)),
        ("policy-match-penalty-recorded", typeof(PenaltyRecorded)),
        ("policy-match-holiday-schedule-confirmed", typeof(HolidayScheduleConfirmed)),
        ("policy-match-firm-registered", typeof(FirmRegistered)),
        ("policy-match-firm-updated", typeof(FirmUpdated)),

        ("talent-project-registered", typeof(ProjectRegistered)),
        ("talent-project-ready-for-construction", typeof(ProjectReadyForConstruction)),
        ("talent-firm-registered", typeof(FirmRegistered)),
        ("talent-firm-updated", typeof(FirmUpdated)),
    ];

    private static readonly Dictionary<Type, string[]> QueuesByEvent = Entries
        .GroupBy(e => e.Event)
        .ToDictionary(g => g.Key, g => g.Select(e => e.Queue).ToArray());

    /// <summary>Every event type with at least one durable consumer.</summary>
    public static IReadOnlyCollection<Type> SubscribedEvents => QueuesByEvent.Keys;

    /// <summary>The durable consumer queues that receive <paramref name="eventType"/>; empty when nobody consumes it.</summary>
    public static IReadOnlyList<string> QueuesOf(Type eventType) =>
        QueuesByEvent.TryGetValue(eventType, out var queues) ? queues : [];

    /// <summary>The event types this queue receives.</summary>
    public static IReadOnlyList<Type> EventsOf(string queue) =>
        [.. Entries.Where(e => e.Queue == queue).Select(e => e.Event)];

    /// <summary>Every queue listed whose name starts with <paramref name="queuePrefix"/> (a service's, e.g. <c>finance-</c>).</summary>
    public static IReadOnlyList<string> QueuesStartingWith(string queuePrefix) =>
        [.. Entries.Select(e => e.Queue).Where(q => q.StartsWith(queuePrefix, StringComparison.Ordinal)).Distinct()];
}
