using Qingmeng.Contracts;
using Qingmeng.Governance.Application;

namespace Qingmeng.Governance.Consumers;

public sealed class ScorecardTalentCertifiedConsumer(IServiceProvider services, ScorecardProjector projector) : ScorecardConsumer<TalentCertified>(services, projector);
