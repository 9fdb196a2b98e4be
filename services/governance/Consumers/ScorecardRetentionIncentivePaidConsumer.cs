using Qingmeng.Contracts;
using Qingmeng.Governance.Application;

namespace Qingmeng.Governance.Consumers;

public sealed class ScorecardRetentionIncentivePaidConsumer(IServiceProvider services, ScorecardProjector projector) : ScorecardConsumer<RetentionIncentivePaid>(services, projector);
