using Qingmeng.Contracts;
using Qingmeng.Governance.Application;

namespace Qingmeng.Governance.Consumers;

public sealed class ScorecardLenientTreatmentAppliedConsumer(IServiceProvider services, ScorecardProjector projector) : ScorecardConsumer<LenientTreatmentApplied>(services, projector);
