using Qingmeng.Contracts;
using Qingmeng.Governance.Application;

namespace Qingmeng.Governance.Consumers;

public sealed class ScorecardApprovalTaskCompletedConsumer(IServiceProvider services, ScorecardProjector projector) : ScorecardConsumer<ApprovalTaskCompleted>(services, projector);
