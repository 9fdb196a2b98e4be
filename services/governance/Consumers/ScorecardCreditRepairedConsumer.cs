using Qingmeng.Contracts;
using Qingmeng.Governance.Application;

namespace Qingmeng.Governance.Consumers;

public sealed class ScorecardCreditRepairedConsumer(IServiceProvider services, ScorecardProjector projector) : ScorecardConsumer<CreditRepaired>(services, projector);
