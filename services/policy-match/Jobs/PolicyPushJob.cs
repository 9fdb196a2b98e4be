using System.Globalization;
using Microsoft.EntityFrameworkCore;

using Qingmeng.PolicyMatch.Infrastructure;
using Qingmeng.PolicyMatch.Model.Policies;
using Qingmeng.PolicyMatch.Application;
using Qingmeng.ServiceDefaults.Eligibility;
using Qingmeng.ServiceDefaults.Notifications;
using Qingmeng.ServiceDefaults.Scheduling;
using Qingmeng.PolicyMatch.Operations;

namespace Qingmeng.PolicyMatch.Jobs;

/// <summary>
/// 政策推送: tells each firm that became eligible for a policy version in force, once per firm × version (the
/// notification key), by SMS to its registered contact or to the local sink. A throttled or failed push stays
/// pending and is tried again next round; opted-out firms are not asked again.
/// </summary>
public sealed class PolicyPushJob(
    PolicyMatchContext db, INotificationSender sender, PolicyMatchMetrics telemetry, TimeProvider time, ILogger<PolicyPushJob> logger) : IScheduledJob
{
    public const string Category = "policy-push";
    private const int BatchSize = 200;

    public static string KeyFor(string policyCode, int version, string creditCode) => $"policy-push:{policyCode}:v{version}:{creditCode}";

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var pending = await db.MatchRecords
            .Where(m => m.Outcome == EligibilityOutcome.Met && m.NotifiedAt == null
                && db.PolicyVersions.Any(v => v.Id == m.PolicyVersionId && v.Status == PolicyVersionStatus.Published))
            .OrderBy(m => m.EvaluatedAt).Take(BatchSize)
            .ToListAsync(cancellationToken);
        if (pending.Count == 0)
        {
            return;
        }
        var codes = pending.Select(m => m.CreditCode).Distinct().ToList();
        var versionIds = pending.Select(m => m.PolicyVersionId).Distinct().ToList();
        var contacts = await db.Profiles.AsNoTracking().Where(p => codes.Contains(p.CreditCode))
            .ToDictionaryAsync(p => p.CreditCode, cancellationToken);
        var versions = await db.PolicyVersions.AsNoTracking().Where(v => versionIds.Contains(v.Id)).ToDictionaryAsync(v => v.Id, cancellationToken);

        foreach (var record in pending)
        {
            var version = versions[record.PolicyVersionId];
            var recipient = contacts.GetValueOrDefault(record.CreditCode)?.PushRecipient ?? record.CreditCode;
            var outcome = await sender.SendAsync(new Notification(
                KeyFor(record.PolicyCode, record.PolicyVersion, record.CreditCode), recipient, Category, Text(record.PolicyCode, version, record.Amount)),
                cancellationToken);
            telemetry.Pushed(outcome.ToString());
            PolicyMatchLog.Pushed(logger, record.PolicyCode, record.PolicyVersion, outcome.ToString());
            if (outcome.IsSettled())
            {
                record.Notified(time.GetUtcNow());
                await db.SaveChangesAsync(cancellationToken);
            }
        }
    }

    private static string Text(string code, PolicyVersion version, decimal? amount)
    {
        var money = amount is { } a ? $"，预计可获{a.ToString("0.##", CultureInfo.InvariantCulture)}元" : "";
        var next = version.Mode == PolicyMode.NoApplication
            ? "免申即享，请登录“秒兑现”平台确认领取"
            : $"快申快享，请于{version.ApplicationClosesOn:yyyy-MM-dd}前在线申报";
        return $"【政策找企】贵企业符合《{version.Title}》（{code}）条件{money}，{next}。回复TD退订";
    }
}
