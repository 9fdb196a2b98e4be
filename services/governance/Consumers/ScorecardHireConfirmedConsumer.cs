using Qingmeng.Contracts;
using Qingmeng.Governance.Application;

namespace Qingmeng.Governance.Consumers;

public sealed class ScorecardHireConfirmedConsumer(IServiceProvider services, ScorecardProjector projector) : ScorecardConsumer<HireConfirmed>(services, projector);
