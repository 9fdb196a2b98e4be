using Qingmeng.Contracts;
using Qingmeng.PolicyMatch.Infrastructure;
using Qingmeng.PolicyMatch.Model;
using Qingmeng.ServiceDefaults.Messaging;

namespace Qingmeng.PolicyMatch.Consumers;

/// <summary>A closed governance case tells us what a firm needed: keep it as a demand signal.</summary>
public sealed class CaseClosedConsumer(IServiceProvider services, TimeProvider time)
    : InboxConsumer<CaseClosed, PolicyMatchContext>(services)
{
    /// <summary>One new row per event and nothing read: deliveries that arrive together can share a commit.</summary>
    protected override bool SharesTransactions => true;

    protected override Task HandleAsync(CaseClosed message, PolicyMatchContext db, CancellationToken cancellationToken)
    {
        db.DemandSignals.Add(DemandSignal.FromClosedCase(
            message.EventId, message.CaseNumber, message.ModuleCode, message.Title, message.Resolution,
            message.CreditCode, message.OccurredAt, time.GetUtcNow()));
        return Task.CompletedTask;
    }
}
