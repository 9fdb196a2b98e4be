using Qingmeng.ServiceDefaults.Authentication;

namespace Qingmeng.Talent.Jobs;

/// <summary>The actor recorded in the audit trail for what the scheduler does.</summary>
internal static class SystemActor
{
    public static readonly PlatformUser Scheduler = new("talent-scheduler", "清濛人才服务定时任务", new HashSet<string>(), null, false, null, null, null);
}
