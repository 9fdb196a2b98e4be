using Qingmeng.Contracts;
using Qingmeng.Governance.Application;

namespace Qingmeng.Governance.Consumers;

public sealed class ScorecardSubsidyDisbursedConsumer(IServiceProvider services, ScorecardProjector projector) : ScorecardConsumer<SubsidyDisbursed>(services, projector);
