using Qingmeng.Contracts;
using Qingmeng.Governance.Application;

namespace Qingmeng.Governance.Consumers;

public sealed class ScorecardCaseFollowedUpConsumer(IServiceProvider services, ScorecardProjector projector) : ScorecardConsumer<CaseFollowedUp>(services, projector);
