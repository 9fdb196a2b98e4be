using Qingmeng.Contracts;
using Qingmeng.Governance.Application;

namespace Qingmeng.Governance.Consumers;

public sealed class ScorecardCertificationGrantedConsumer(IServiceProvider services, ScorecardProjector projector) : ScorecardConsumer<FirmCertificationGranted>(services, projector);
