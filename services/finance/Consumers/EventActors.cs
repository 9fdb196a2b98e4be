using Qingmeng.ServiceDefaults.Authentication;

namespace Qingmeng.Finance.Consumers;

/// <summary>The services whose events change finance's rows, recorded in the audit trail as the actors.</summary>
internal static class EventActors
{
    public static readonly PlatformUser Approval = new("service:approval", "帮代办审批服务", new HashSet<string>(), null, false, null, null, null);

    public static readonly PlatformUser Talent = new("service:talent", "人才服务", new HashSet<string>(), null, false, null, null, null);
}
