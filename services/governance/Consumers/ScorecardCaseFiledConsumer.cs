using Qingmeng.Contracts;
using Qingmeng.Governance.Application;

namespace Qingmeng.Governance.Consumers;

public sealed class ScorecardCaseFiledConsumer(IServiceProvider services, ScorecardProjector projector) : ScorecardConsumer<CaseFiled>(services, projector);
