using Qingmeng.Contracts;
using Qingmeng.Governance.Application;

namespace Qingmeng.Governance.Consumers;

public sealed class ScorecardRetentionIncentiveDueConsumer(IServiceProvider services, ScorecardProjector projector) : ScorecardConsumer<RetentionIncentiveDue>(services, projector);
