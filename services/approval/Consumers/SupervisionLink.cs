using Qingmeng.ServiceDefaults.Authentication;

namespace Qingmeng.Approval.Consumers;

/// <summary>Governance acting through its 督办 events: recorded in the audit trail as the actor.</summary>
internal static class SupervisionLink
{
    public static readonly PlatformUser Governance = PlatformUser.System("service:governance", "治理中心");
}
