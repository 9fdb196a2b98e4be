using Microsoft.Extensions.Options;
using Qingmeng.Contracts;
using Qingmeng.ServiceDefaults.Messaging;
using Qingmeng.Talent.Operations;
using Qingmeng.Talent.Application;
using Qingmeng.Talent.Infrastructure;
using Qingmeng.Talent.Model;

namespace Qingmeng.Talent.Consumers;

/// <summary>
/// A firm registered an investment project: offers it recruitment help (job-fair places and 引工大使 referrals, twice
/// as many for a key project), once per project.
/// </summary>
public sealed class ProjectRegisteredConsumer(
    IServiceProvider services, TimeProvider time, IOptions<TalentOptions> options, ILogger<ProjectRegisteredConsumer> logger)
    : InboxConsumer<ProjectRegistered, TalentContext>(services)
{
    protected override Task HandleAsync(ProjectRegistered message, TalentContext db, CancellationToken cancellationToken) =>
        RecruitmentOffers.OfferAsync(db, message.CreditCode, message.ProjectId, message.ProjectName, RecruitmentOfferTrigger.ProjectRegistered,
            message.IsKeyProject, message.EventId, options.Value, time.GetUtcNow(), logger, cancellationToken);
}
