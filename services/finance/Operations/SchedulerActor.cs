using Qingmeng.ServiceDefaults.Authentication;

namespace Qingmeng.Finance.Operations;

/// <summary>The actor recorded in the audit trail for what the scheduler does.</summary>
public static class SchedulerActor
{
    public static readonly PlatformUser Scheduler = PlatformUser.System("finance-scheduler", "清濛金融服务定时任务");
}
