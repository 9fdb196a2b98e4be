using Qingmeng.Contracts;
using Qingmeng.Governance.Application;

namespace Qingmeng.Governance.Consumers;

public sealed class ScorecardCaseClosedConsumer(IServiceProvider services, ScorecardProjector projector) : ScorecardConsumer<CaseClosed>(services, projector);
