using Microsoft.Extensions.Options;
using Qingmeng.Contracts;
using Qingmeng.ServiceDefaults.Messaging;
using Qingmeng.Talent.Operations;
using Qingmeng.Talent.Application;
using Qingmeng.Talent.Infrastructure;
using Qingmeng.Talent.Model;

namespace Qingmeng.Talent.Consumers;

/// <summary>
/// A firm's project may start construction, so it is about to staff up: offers it more job-fair places and 引工大使
/// referrals than at registration, once per project.
/// </summary>
public sealed class ProjectReadyForConstructionConsumer(
    IServiceProvider services, TimeProvider time, IOptions<TalentOptions> options, ILogger<ProjectReadyForConstructionConsumer> logger)
    : InboxConsumer<ProjectReadyForConstruction, TalentContext>(services)
{
    protected override Task HandleAsync(ProjectReadyForConstruction message, TalentContext db, CancellationToken cancellationToken) =>
        RecruitmentOffers.OfferAsync(db, message.CreditCode, message.ProjectId, message.ProjectName, RecruitmentOfferTrigger.ReadyForConstruction,
            isKeyProject: false, message.EventId, options.Value, time.GetUtcNow(), logger, cancellationToken);
}
