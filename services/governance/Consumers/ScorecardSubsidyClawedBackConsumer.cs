using Qingmeng.Contracts;
using Qingmeng.Governance.Application;

namespace Qingmeng.Governance.Consumers;

public sealed class ScorecardSubsidyClawedBackConsumer(IServiceProvider services, ScorecardProjector projector) : ScorecardConsumer<SubsidyClawedBack>(services, projector);
