using Microsoft.EntityFrameworkCore;
using Qingmeng.Contracts;
using Qingmeng.Governance.Application;
using Qingmeng.Governance.Operations;
using Qingmeng.Governance.Infrastructure;
using Qingmeng.Governance.Infrastructure.ReferenceData;
using Qingmeng.Governance.Model;
using Qingmeng.ServiceDefaults.Auditing;
using Qingmeng.ServiceDefaults.Authentication;
using Qingmeng.ServiceDefaults.Calendar;
using Qingmeng.ServiceDefaults.Data;
using Qingmeng.ServiceDefaults.Messaging;
using Qingmeng.ServiceDefaults.Scheduling;
using Qingmeng.Governance.Model.Cases;

namespace Qingmeng.Governance.Jobs;

/// <summary>
/// 安全生产: a hazard whose rectification deadline passed without the firm's report is escalated, once per missed
/// deadline, into a 效能督查 supervision case dispatched straight to the supervising department, with the
/// <see cref="HazardEscalated"/> event and the audit entries in the same transaction. The case's unique source reference
/// (hazard and deadline) makes a second replica's escalation fail and be skipped.
/// </summary>
public sealed class HazardEscalationJob(
    GovernanceContext db, CaseIntake intake, HolidayCalendar calendar, TimeProvider time, GovernanceMetrics metrics, ILogger<HazardEscalationJob> logger) : IScheduledJob
{
    public static readonly PlatformUser Supervisor = PlatformUser.System("service:hazard-supervision", "隐患整改督办");

    private const int BatchSize = 200;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var due = await db.Hazards.AsNoTracking()
            .Where(h => h.Status == HazardStatus.Open && h.RectificationDueAt <= now && (h.EscalatedDueAt == null || h.EscalatedDueAt != h.RectificationDueAt))
            .OrderBy(h => h.RectificationDueAt).Take(BatchSize).Select(h => h.Id).ToListAsync(cancellationToken);
        foreach (var id in due)
        {
            await EscalateAsync(id, now, cancellationToken);
        }
    }

    private async Task EscalateAsync(Guid id, DateTimeOffset now, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        var hazard = await db.Hazards.FirstAsync(h => h.Id == id, cancellationToken);
        if (!hazard.IsOverdue(now) || hazard.EscalatedDueAt == hazard.RectificationDueAt)
        {
            return;
        }
        var dueAt = ChinaTime.ToChinaTime(hazard.RectificationDueAt);
        var severity = hazard.Severity == HazardSeverity.Major ? "重大隐患" : "一般隐患";
        var supervision = await intake.FileAsync(
            new CaseIntakeRequest(
                CaseChannel.ServiceEvent, GovernanceCatalogue.SupervisionModuleCode, null,
                $"隐患整改超期督办：{hazard.CreditCode}",
                $"企业 {hazard.CreditCode} 的{severity}（{hazard.Description}）应于 {dueAt:yyyy-MM-dd HH:mm} 前整改，逾期未报告整改"
                + (hazard.FailedReinspections > 0 ? $"（已复查不合格 {hazard.FailedReinspections} 次）" : "") + "，请监管部门督促整改并依法处理。",
                hazard.CreditCode, null, hazard.Place, null, hazard.EscalationReference),
            Supervisor, now, cancellationToken);
        var module = await db.Modules.AsNoTracking().FirstAsync(m => m.Code == GovernanceCatalogue.SupervisionModuleCode, cancellationToken);
        var dispatched = supervision.Dispatch(hazard.DepartmentCode, [], module, Supervisor.Subject, now, calendar.Current);
        db.AddIntegrationEvent(dispatched, aggregateKey: supervision.Id.ToString());
        db.AddAudit(Supervisor, "case.dispatched", "case", supervision.Id.ToString(), now);
        hazard.Escalate(supervision.Id, now);
        db.AddIntegrationEvent(
            new HazardEscalated(hazard.Id, hazard.CreditCode, hazard.DepartmentCode, hazard.RectificationDueAt, supervision.Id), aggregateKey: hazard.CreditCode);
        db.AddAudit(Supervisor, "hazard.escalated", "hazard", hazard.Id.ToString(), now);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (Exception exception) when (exception is DbUpdateConcurrencyException || (exception is DbUpdateException update && update.IsUniqueViolation()))
        {
            db.ChangeTracker.Clear();
            GovernanceLog.HazardAlreadyEscalated(logger, hazard.Id);
            return;
        }
        metrics.Dispatched(hazard.DepartmentCode);
        GovernanceLog.HazardEscalated(logger, hazard.Id, hazard.CreditCode, supervision.Number, hazard.DepartmentCode);
    }
}
