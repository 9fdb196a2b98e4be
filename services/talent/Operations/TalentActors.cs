using Qingmeng.ServiceDefaults.Authentication;

namespace Qingmeng.Talent.Operations;

/// <summary>The service's own processes as the actors the audit trail records.</summary>
public static class TalentActors
{
    /// <summary>What the scheduler does (reminders, overdue warnings).</summary>
    public static readonly PlatformUser Scheduler = PlatformUser.System("talent-scheduler", "清濛人才服务定时任务");
}
