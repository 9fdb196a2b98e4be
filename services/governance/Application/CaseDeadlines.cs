using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Qingmeng.Governance.Infrastructure;
using Qingmeng.Governance.Model;
using Qingmeng.ServiceDefaults.Auditing;
using Qingmeng.ServiceDefaults.Authentication;
using Qingmeng.ServiceDefaults.Calendar;
using Qingmeng.ServiceDefaults.Messaging;

namespace Qingmeng.Governance.Application;

/// <summary>When a year's holiday schedule is confirmed, the open cases' deadlines counted into that year are counted again.</summary>
public static class CaseDeadlines
{
    /// <summary>Stages every moved deadline (its audit entry and <c>CaseDeadlineChanged</c>) on <paramref name="db"/>; the caller saves.</summary>
    public static async Task<int> RecomputeAsync(
        GovernanceContext db, WorkingDayCalendar confirmed, int year, PlatformUser user, DateTimeOffset now, CancellationToken cancellationToken)
    {
        // A deadline before the year's first day was counted over earlier, unchanged years.
        var yearStart = WorkingDayCalendar.StartOfChinaDay(new DateOnly(year, 1, 1)).ToUniversalTime();
        var cases = await db.Cases
            .Where(c => c.Status != CaseStatus.Closed && c.Status != CaseStatus.FollowedUp)
            .Where(c => c.SignForDueAt >= yearStart || c.CompletionDueAt >= yearStart)
            .ToListAsync(cancellationToken);
        if (cases.Count == 0)
        {
            return 0;
        }

        var signForDays = await db.Modules.AsNoTracking().ToDictionaryAsync(m => m.Code, m => m.SignForWorkingDays, cancellationToken);
        var moved = 0;
        foreach (var c in cases)
        {
            if (c.RecomputeDeadlines(signForDays[c.ModuleCode], confirmed, year, now) is { } changed)
            {
                db.AddIntegrationEvent(changed, aggregateKey: c.Id.ToString());
                db.AddAudit(user, "case.deadline-recomputed", "case", c.Id.ToString(), now);
                moved++;
            }
        }
        return moved;
    }
}
