using Qingmeng.Contracts;
using Qingmeng.Governance.Application;

namespace Qingmeng.Governance.Consumers;

public sealed class ScorecardApplicationGuidedConsumer(IServiceProvider services, ScorecardProjector projector) : ScorecardConsumer<ApplicationGuided>(services, projector);
