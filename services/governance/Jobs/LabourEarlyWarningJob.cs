using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Qingmeng.Contracts;
using Qingmeng.Governance.Application;
using Qingmeng.Governance.Operations;
using Qingmeng.Governance.Infrastructure;
using Qingmeng.Governance.Infrastructure.ReferenceData;
using Qingmeng.ServiceDefaults.Auditing;
using Qingmeng.ServiceDefaults.Authentication;
using Qingmeng.ServiceDefaults.Calendar;
using Qingmeng.ServiceDefaults.Data;
using Qingmeng.ServiceDefaults.Messaging;
using Qingmeng.ServiceDefaults.Scheduling;
using Qingmeng.Governance.Model.Cases;
using Qingmeng.Governance.Model.LabourDisputes;

namespace Qingmeng.Governance.Jobs;

/// <summary>
/// 前置预警 each round: for every firm with LABOUR cases or arbitration claims inside the window and no open warning, the
/// rule (<see cref="LabourEarlyWarningRule"/>) is applied to what was filed since its last warning. A firm over a threshold
/// gets a warning, a LABOUR case dispatched straight to the arbitration commission (人社局), its open disputes linked to
/// that case, the <see cref="LabourEarlyWarningRaised"/> event and the audit entries, all in one transaction. The partial
/// unique index on open warnings makes a second replica's warning for the same firm fail and be skipped.
/// </summary>
public sealed class LabourEarlyWarningJob(
    GovernanceContext db,
    CaseIntake intake,
    HolidayCalendar calendar,
    TimeProvider time,
    GovernanceMetrics metrics,
    IOptions<GovernanceOptions> options,
    ILogger<LabourEarlyWarningJob> logger) : IScheduledJob
{
    public static readonly PlatformUser Warner = PlatformUser.System("service:labour-early-warning", "前置预警");

    private const int BatchSize = 5000;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var settings = options.Value;
        var thresholds = new LabourWarningThresholds(
            settings.LabourWarningWageArrearsThreshold, settings.LabourWarningComplaintThreshold, settings.LabourGroupWorkerThreshold, settings.LabourWarningWindow);
        var since = now - thresholds.Window;

        var cases = await db.Cases.AsNoTracking()
            .Where(c => c.ModuleCode == GovernanceCatalogue.LabourModuleCode && c.CreditCode != null && c.FiledAt > since
                && (c.SourceReference == null || !c.SourceReference.StartsWith(LabourEarlyWarning.SourceReferencePrefix)))
            .OrderBy(c => c.FiledAt).Take(BatchSize)
            .Select(c => new LabourEarlyWarningRule.CaseSignal(c.CreditCode!, c.FiledAt, c.ServiceCode == WageArrearsServiceCode))
            .ToListAsync(cancellationToken);
        var claims = await db.LabourDisputes.AsNoTracking()
            .Where(d => d.FiledAt > since && d.Status != LabourDisputeStatus.Refused)
            .OrderBy(d => d.FiledAt).Take(BatchSize)
            .Select(d => new LabourEarlyWarningRule.ClaimSignal(d.RespondentCreditCode, d.FiledAt, d.WageArrears, d.WorkerCount))
            .ToListAsync(cancellationToken);
        var firms = cases.Select(c => c.CreditCode).Concat(claims.Select(c => c.CreditCode)).Distinct().ToArray();
        if (firms.Length == 0)
        {
            return;
        }
        var warnings = await db.LabourEarlyWarnings.AsNoTracking().Where(w => firms.Contains(w.CreditCode))
            .GroupBy(w => w.CreditCode)
            .Select(g => new { CreditCode = g.Key, LastRaisedAt = g.Max(w => w.RaisedAt), Open = g.Any(w => w.ResolvedAt == null) })
            .ToDictionaryAsync(w => w.CreditCode, cancellationToken);

        var raised = 0;
        foreach (var firm in firms.Order(StringComparer.Ordinal))
        {
            warnings.TryGetValue(firm, out var earlier);
            if (earlier is { Open: true })
            {
                continue;
            }
            var assessment = LabourEarlyWarningRule.Assess(firm, cases, claims, now, earlier?.LastRaisedAt, thresholds);
            if (assessment.Triggers.Count > 0 && await RaiseAsync(assessment, now, cancellationToken))
            {
                raised++;
            }
        }
        GovernanceLog.LabourWarningRoundCompleted(logger, firms.Length, raised);
    }

    public const string WageArrearsServiceCode = "LABOUR-02";

    private async Task<bool> RaiseAsync(LabourEarlyWarningRule.Assessment assessment, DateTimeOffset now, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        var warning = LabourEarlyWarning.Raise(assessment, now);
        var triggers = string.Join("、", assessment.Triggers.Select(LabourWarningText.Of));
        var warningCase = await intake.FileAsync(
            new CaseIntakeRequest(
                CaseChannel.ServiceEvent, GovernanceCatalogue.LabourModuleCode,
                assessment.Triggers.Contains(LabourWarningTrigger.WageArrears) ? WageArrearsServiceCode : "LABOUR-01",
                $"劳动争议前置预警：{assessment.CreditCode}",
                $"该企业近期{triggers}（欠薪 {assessment.WageArrearsCount} 件，投诉及仲裁申请 {assessment.ComplaintCount} 件，涉及欠薪劳动者 {assessment.WorkerCount} 人），请仲裁委员会提前介入、会商处置。",
                assessment.CreditCode, null, null, null, warning.SourceReference),
            Warner, now, cancellationToken);
        var module = await db.Modules.AsNoTracking().FirstAsync(m => m.Code == GovernanceCatalogue.LabourModuleCode, cancellationToken);
        var dispatched = warningCase.Dispatch(LabourDispute.ArbitrationDepartmentCode, [], module, Warner.Subject, now, calendar.Current);
        db.AddIntegrationEvent(dispatched, aggregateKey: warningCase.Id.ToString());
        db.AddAudit(Warner, "case.dispatched", "case", warningCase.Id.ToString(), now);

        warning.AttachCase(warningCase.Id, warningCase.Number);
        db.LabourEarlyWarnings.Add(warning);
        var unlinked = await db.LabourDisputes
            .Where(d => d.RespondentCreditCode == assessment.CreditCode && d.CaseId == null
                && d.Status != LabourDisputeStatus.Refused && d.Status != LabourDisputeStatus.Closed)
            .Take(500).ToListAsync(cancellationToken);
        foreach (var dispute in unlinked)
        {
            dispute.LinkToCase(warningCase.Id);
            db.AddAudit(Warner, "labour-dispute.case-linked", "labour-dispute", dispute.Id.ToString(), now);
        }
        db.AddIntegrationEvent(
            new LabourEarlyWarningRaised(warning.Id, warning.CreditCode, [.. warning.Triggers.Select(t => t.ToString())],
                warning.WageArrearsCount, warning.ComplaintCount, warning.WorkerCount, warningCase.Id),
            aggregateKey: warning.CreditCode);
        db.AddAudit(Warner, "labour-warning.raised", "labour-warning", warning.Id.ToString(), now);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (exception.IsUniqueViolation())
        {
            db.ChangeTracker.Clear();
            GovernanceLog.LabourWarningAlreadyOpen(logger, assessment.CreditCode);
            return false;
        }
        metrics.Dispatched(LabourDispute.ArbitrationDepartmentCode);
        GovernanceLog.LabourWarningRaised(logger, assessment.CreditCode, triggers, warningCase.Number);
        return true;
    }
}

public static class LabourWarningText
{
    public static string Of(LabourWarningTrigger trigger) => trigger switch
    {
        LabourWarningTrigger.WageArrears => "欠薪投诉集中",
        LabourWarningTrigger.RepeatedComplaints => "劳动投诉反复",
        _ => "群体性欠薪",
    };
}
