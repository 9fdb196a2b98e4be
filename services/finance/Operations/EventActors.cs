using Qingmeng.ServiceDefaults.Authentication;

namespace Qingmeng.Finance.Operations;

/// <summary>The services whose events change finance's rows, recorded in the audit trail as the actors.</summary>
public static class EventActors
{
    public static readonly PlatformUser Approval = PlatformUser.System("service:approval", "帮代办审批服务");

    public static readonly PlatformUser Talent = PlatformUser.System("service:talent", "人才服务");

    /// <summary>The firm register (governance) as the actor of a replicated change.</summary>
    public static readonly PlatformUser FirmRegister = PlatformUser.System("service:governance", "注册企业名录");
}
