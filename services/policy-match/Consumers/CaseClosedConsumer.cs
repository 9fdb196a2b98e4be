using Qingmeng.Contracts;
using Qingmeng.PolicyMatch.Infrastructure;
using Qingmeng.PolicyMatch.Model;
using Qingmeng.PolicyMatch.Model.Profiles;
using Qingmeng.PolicyMatch.Services;
using Qingmeng.ServiceDefaults.Messaging;

namespace Qingmeng.PolicyMatch.Consumers;

/// <summary>
/// A closed governance case tells us what a firm needed: keep it as a demand signal, and count it on the
/// firm's profile (诉求办结) when the case names a firm.
/// </summary>
public sealed class CaseClosedConsumer(IServiceProvider services, ProfileService profiles, TimeProvider time)
    : InboxConsumer<CaseClosed, PolicyMatchContext>(services)
{
    protected override async Task HandleAsync(CaseClosed message, CancellationToken cancellationToken)
    {
        Db.DemandSignals.Add(DemandSignal.FromClosedCase(
            message.EventId, message.CaseNumber, message.ModuleCode, message.Title, message.Resolution,
            message.CreditCode, message.OccurredAt, time.GetUtcNow()));
        if (message.CreditCode is { } creditCode)
        {
            await profiles.LearnAsync(creditCode, (profile, now) =>
            [
                profile.Increment(ProfileFields.CasesClosed, 1, FactSources.CaseClosed, message.CaseNumber, message.OccurredAt, now),
            ], cancellationToken);
        }
    }
}
