using Qingmeng.Contracts;
using Qingmeng.Governance.Application;

namespace Qingmeng.Governance.Consumers;

public sealed class ScorecardProjectReadyConsumer(IServiceProvider services, ScorecardProjector projector) : ScorecardConsumer<ProjectReadyForConstruction>(services, projector);
