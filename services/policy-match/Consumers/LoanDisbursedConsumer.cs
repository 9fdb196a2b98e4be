using Qingmeng.Contracts;
using Qingmeng.PolicyMatch.Infrastructure;
using Qingmeng.PolicyMatch.Model.Profiles;
using Qingmeng.PolicyMatch.Application;
using Qingmeng.ServiceDefaults.Messaging;

namespace Qingmeng.PolicyMatch.Consumers;

/// <summary>
/// A partner bank disbursed a loan: the firm's new lending this year grows (贴息 policies). A renewal (续贷) replaces
/// its old loan, so it adds only principal above the replaced one; each event adds a fixed non-negative amount, so the
/// old loan's and the renewal's events add up to the same in either order. Processed once (inbox); re-matches the firm.
/// </summary>
public sealed class LoanDisbursedConsumer(IServiceProvider services, ProfileService profiles)
    : InboxConsumer<LoanDisbursed, PolicyMatchContext>(services)
{
    protected override Task HandleAsync(LoanDisbursed message, PolicyMatchContext db, CancellationToken cancellationToken) =>
        profiles.LearnAsync(message.CreditCode, (profile, now) =>
            [
                profile.Increment(ProfileFields.LoanAmount, message.NewLending, FactOrigin.FromEvent(FactSources.LoanDisbursed, message, message.LoanId.ToString()), now),
            ], cancellationToken);
}
