using Qingmeng.Contracts;
using Qingmeng.Governance.Application;

namespace Qingmeng.Governance.Consumers;

public sealed class ScorecardCaseDispatchedConsumer(IServiceProvider services, ScorecardProjector projector) : ScorecardConsumer<CaseDispatched>(services, projector);
