using Qingmeng.Contracts;
using Qingmeng.Governance.Application;

namespace Qingmeng.Governance.Consumers;

public sealed class ScorecardLoanDisbursedConsumer(IServiceProvider services, ScorecardProjector projector) : ScorecardConsumer<LoanDisbursed>(services, projector);
