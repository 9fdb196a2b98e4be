using Qingmeng.Contracts;
using Qingmeng.PolicyMatch.Infrastructure;
using Qingmeng.PolicyMatch.Model.Profiles;
using Qingmeng.PolicyMatch.Application;
using Qingmeng.ServiceDefaults.Messaging;

namespace Qingmeng.PolicyMatch.Consumers;

/// <summary>A project of the firm may start construction (帮代办 finished). Processed once (inbox); re-matches the firm.</summary>
public sealed class ProjectReadyForConstructionConsumer(IServiceProvider services, ProfileService profiles)
    : InboxConsumer<ProjectReadyForConstruction, PolicyMatchContext>(services)
{
    protected override Task HandleAsync(ProjectReadyForConstruction message, PolicyMatchContext db, CancellationToken cancellationToken) =>
        profiles.LearnAsync(message.CreditCode, (profile, now) =>
            [
                profile.Increment(ProfileFields.ProjectsReadyForConstruction, 1, FactOrigin.FromEvent(FactSources.ProjectReadyForConstruction, message, message.ProjectId.ToString()), now),
            ], cancellationToken);
}
