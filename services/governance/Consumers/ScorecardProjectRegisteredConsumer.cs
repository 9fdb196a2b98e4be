using Qingmeng.Contracts;
using Qingmeng.Governance.Application;

namespace Qingmeng.Governance.Consumers;

public sealed class ScorecardProjectRegisteredConsumer(IServiceProvider services, ScorecardProjector projector) : ScorecardConsumer<ProjectRegistered>(services, projector);
