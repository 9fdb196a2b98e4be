using Qingmeng.Contracts;
using Qingmeng.Governance.Application;

namespace Qingmeng.Governance.Consumers;

public sealed class ScorecardInvestmentIntentSignedConsumer(IServiceProvider services, ScorecardProjector projector) : ScorecardConsumer<InvestmentIntentSigned>(services, projector);
