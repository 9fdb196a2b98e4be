using Qingmeng.Contracts;
using Qingmeng.Governance.Application;

namespace Qingmeng.Governance.Consumers;

public sealed class ScorecardInvestmentContractSignedConsumer(IServiceProvider services, ScorecardProjector projector) : ScorecardConsumer<InvestmentContractSigned>(services, projector);
