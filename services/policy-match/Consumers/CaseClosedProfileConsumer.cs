using Qingmeng.Contracts;
using Qingmeng.PolicyMatch.Infrastructure;
using Qingmeng.PolicyMatch.Model.Profiles;
using Qingmeng.PolicyMatch.Application;
using Qingmeng.ServiceDefaults.Messaging;

namespace Qingmeng.PolicyMatch.Consumers;

/// <summary>
/// A closed case that names a firm counts on its profile (诉求办结). An endpoint of its own, so the demand
/// signal is recorded whatever happens to the profile (and the other way round). Processed once; re-matches.
/// </summary>
public sealed class CaseClosedProfileConsumer(IServiceProvider services, ProfileService profiles)
    : InboxConsumer<CaseClosed, PolicyMatchContext>(services)
{
    protected override Task HandleAsync(CaseClosed message, PolicyMatchContext db, CancellationToken cancellationToken) =>
        message.CreditCode is { } creditCode
            ? profiles.LearnAsync(creditCode, (profile, now) =>
            [
                profile.Increment(ProfileFields.CasesClosed, 1, FactOrigin.FromEvent(FactSources.CaseClosed, message, message.CaseNumber), now),
            ], cancellationToken)
            : Task.CompletedTask;
}
