using MassTransit;
using Microsoft.Extensions.Options;
using Qingmeng.Contracts;
using Qingmeng.Governance.Application;
using Qingmeng.Governance.Infrastructure;
using Qingmeng.ServiceDefaults;
using Qingmeng.ServiceDefaults.Messaging;

namespace Qingmeng.Governance.Consumers;

/// <summary>
/// Feeds the zone scorecard (工作成效): the event becomes one fact of its period. The fact goes in the scorecard's
/// event log and its effect is added to the aggregates, with the inbox row, in one transaction. Governance's own case
/// events come back through the broker like anyone else's: the scorecard reads nothing but events.
/// </summary>
public abstract class ScorecardConsumer<TEvent>(IServiceProvider services, ScorecardProjector projector)
    : InboxConsumer<TEvent, GovernanceContext>(services)
    where TEvent : IntegrationEvent
{
    /// <summary>Every scorecard event adds to the same few period rows, whatever firm it is about: one at a time.</summary>
    protected override string? PartitionKey(TEvent message) => "governance:scorecard";

    protected override Task HandleAsync(TEvent message, GovernanceContext db, CancellationToken cancellationToken) =>
        projector.RecordAsync(db, ScorecardFactMapper.From(message), cancellationToken);
}

/// <summary>
/// The platform's retry then error-queue policy, one message at a time per event type: the aggregates of a period are
/// a few hot rows, so concurrent handling would mostly fight over their versions. Conflicts that remain (replicas,
/// two event types on one case) fail on a version and are retried.
/// </summary>
public sealed class ScorecardConsumerDefinition<TConsumer> : PlatformConsumerDefinition<TConsumer>
    where TConsumer : class, IConsumer
{
    public ScorecardConsumerDefinition(IOptions<MessagingOptions> options)
        : base(options)
    {
        ConcurrentMessageLimit = 1;
    }
}

public static class ScorecardConsumerRegistration
{
    public static void AddScorecardConsumers(this IBusRegistrationConfigurator bus)
    {
        bus.AddInboxConsumer<ScorecardCaseFiledConsumer, ScorecardConsumerDefinition<ScorecardCaseFiledConsumer>>();
        bus.AddInboxConsumer<ScorecardCaseDispatchedConsumer, ScorecardConsumerDefinition<ScorecardCaseDispatchedConsumer>>();
        bus.AddInboxConsumer<ScorecardCaseClosedConsumer, ScorecardConsumerDefinition<ScorecardCaseClosedConsumer>>();
        bus.AddInboxConsumer<ScorecardCaseFollowedUpConsumer, ScorecardConsumerDefinition<ScorecardCaseFollowedUpConsumer>>();
        bus.AddInboxConsumer<ScorecardProjectRegisteredConsumer, ScorecardConsumerDefinition<ScorecardProjectRegisteredConsumer>>();
        bus.AddInboxConsumer<ScorecardApprovalTaskCompletedConsumer, ScorecardConsumerDefinition<ScorecardApprovalTaskCompletedConsumer>>();
        bus.AddInboxConsumer<ScorecardProjectReadyConsumer, ScorecardConsumerDefinition<ScorecardProjectReadyConsumer>>();
        bus.AddInboxConsumer<ScorecardSubsidyDisbursedConsumer, ScorecardConsumerDefinition<ScorecardSubsidyDisbursedConsumer>>();
        bus.AddInboxConsumer<ScorecardSubsidyClawedBackConsumer, ScorecardConsumerDefinition<ScorecardSubsidyClawedBackConsumer>>();
        bus.AddInboxConsumer<ScorecardLoanDisbursedConsumer, ScorecardConsumerDefinition<ScorecardLoanDisbursedConsumer>>();
        bus.AddInboxConsumer<ScorecardTalentCertifiedConsumer, ScorecardConsumerDefinition<ScorecardTalentCertifiedConsumer>>();
        bus.AddInboxConsumer<ScorecardHireConfirmedConsumer, ScorecardConsumerDefinition<ScorecardHireConfirmedConsumer>>();
        bus.AddInboxConsumer<ScorecardCertificationGrantedConsumer, ScorecardConsumerDefinition<ScorecardCertificationGrantedConsumer>>();
        bus.AddInboxConsumer<ScorecardLenientTreatmentAppliedConsumer, ScorecardConsumerDefinition<ScorecardLenientTreatmentAppliedConsumer>>();
        bus.AddInboxConsumer<ScorecardRetentionIncentiveDueConsumer, ScorecardConsumerDefinition<ScorecardRetentionIncentiveDueConsumer>>();
        bus.AddInboxConsumer<ScorecardRetentionIncentivePaidConsumer, ScorecardConsumerDefinition<ScorecardRetentionIncentivePaidConsumer>>();
        bus.AddInboxConsumer<ScorecardCreditRepairedConsumer, ScorecardConsumerDefinition<ScorecardCreditRepairedConsumer>>();
        bus.AddInboxConsumer<ScorecardApplicationGuidedConsumer, ScorecardConsumerDefinition<ScorecardApplicationGuidedConsumer>>();
        bus.AddInboxConsumer<ScorecardInvestmentIntentSignedConsumer, ScorecardConsumerDefinition<ScorecardInvestmentIntentSignedConsumer>>();
        bus.AddInboxConsumer<ScorecardInvestmentContractSignedConsumer, ScorecardConsumerDefinition<ScorecardInvestmentContractSignedConsumer>>();
    }
}
