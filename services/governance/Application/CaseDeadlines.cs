using Microsoft.EntityFrameworkCore;
using Qingmeng.Governance.Infrastructure;
using Qingmeng.Governance.Model;
using Qingmeng.ServiceDefaults.Auditing;
using Qingmeng.ServiceDefaults.Authentication;
using Qingmeng.ServiceDefaults.Calendar;
using Qingmeng.ServiceDefaults.Messaging;
using Qingmeng.Governance.Model.Cases;
using Qingmeng.Governance.Model.LabourDisputes;

namespace Qingmeng.Governance.Application;

/// <summary>
/// When a year's holiday schedule is confirmed, every open deadline counted into that year is counted again: the cases' sign-for and
/// completion clocks, the labour disputes' statutory clocks, the 帮扶指导 self-correction periods and the hazards' rectification periods.
/// </summary>
public static class CaseDeadlines
{
    /// <summary>
    /// Stages every moved deadline (its audit entry and its <c>…DeadlineChanged</c> event) on <paramref name="db"/>; the caller saves.
    /// <paramref name="previous"/> is the calendar the deadlines were counted with, <paramref name="confirmed"/> the one with the new schedule.
    /// </summary>
    public static async Task<int> RecomputeAsync(
        GovernanceContext db, WorkingDayCalendar previous, WorkingDayCalendar confirmed, int year, LabourGreenChannel channel, PlatformUser user,
        DateTimeOffset now, CancellationToken cancellationToken)
    {
        // A deadline before the year's first day was counted over earlier, unchanged years.
        var yearStart = ChinaTime.StartOfDay(new DateOnly(year, 1, 1)).ToUniversalTime();
        var moved = await RecomputeCasesAsync(db, confirmed, year, yearStart, user, now, cancellationToken);

        var disputes = await db.LabourDisputes
            .Where(d => d.Status != LabourDisputeStatus.Refused && d.Status != LabourDisputeStatus.Closed)
            .Where(d => d.AcceptanceDueAt >= yearStart || d.AwardDueAt >= yearStart || d.SuitDeadline >= yearStart || d.PerformanceDueAt >= yearStart
                || d.CourtStageDueAt >= yearStart)
            .ToListAsync(cancellationToken);
        foreach (var dispute in disputes)
        {
            if (dispute.RecomputeDeadlines(channel, confirmed, year, now) is { } changed)
            {
                db.AddIntegrationEvent(changed, aggregateKey: dispute.Id.ToString());
                db.AddAudit(user, "labour-dispute.deadline-recomputed", "labour-dispute", dispute.Id.ToString(), now);
                moved++;
            }
        }

        var guidance = await db.Guidances.Where(g => g.Status == GuidanceStatus.Notified && g.SelfCorrectionDueAt >= yearStart).ToListAsync(cancellationToken);
        foreach (var g in guidance)
        {
            if (g.RecomputeDeadline(previous, confirmed, year, now) is { } changed)
            {
                db.AddIntegrationEvent(changed, aggregateKey: g.CreditCode);
                db.AddAudit(user, "guidance.deadline-recomputed", "guidance", g.Id.ToString(), now);
                moved++;
            }
        }

        var hazards = await db.Hazards.Where(h => h.Status == HazardStatus.Open && h.RectificationDueAt >= yearStart).ToListAsync(cancellationToken);
        foreach (var hazard in hazards)
        {
            if (hazard.RecomputeDeadline(previous, confirmed, year, now) is { } changed)
            {
                db.AddIntegrationEvent(changed, aggregateKey: hazard.CreditCode);
                db.AddAudit(user, "hazard.deadline-recomputed", "hazard", hazard.Id.ToString(), now);
                moved++;
            }
        }
        return moved;
    }

    private static async Task<int> RecomputeCasesAsync(
        GovernanceContext db, WorkingDayCalendar confirmed, int year, DateTimeOffset yearStart, PlatformUser user, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
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
