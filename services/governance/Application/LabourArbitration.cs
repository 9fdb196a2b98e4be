using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Qingmeng.Contracts;
using Qingmeng.Governance.Infrastructure;
using Qingmeng.Governance.Infrastructure.ReferenceData;
using Qingmeng.Governance.Model;
using Qingmeng.Governance.Model.Cases;
using Qingmeng.Governance.Model.LabourDisputes;
using Qingmeng.Governance.Operations;
using Qingmeng.ServiceDefaults.Auditing;
using Qingmeng.ServiceDefaults.Authentication;
using Qingmeng.ServiceDefaults.Calendar;
using Qingmeng.ServiceDefaults.Messaging;
using Qingmeng.ServiceDefaults.Outcomes;
using Qingmeng.ServiceDefaults.Validation;

namespace Qingmeng.Governance.Application;

/// <summary>An application for arbitration, its resident ID and respondent already normalised.</summary>
public sealed record LabourDisputeApplication(
    string ApplicantName, string ResidentId, string? Phone, string RespondentCreditCode, string RespondentName, LabourClaimType ClaimType,
    decimal ClaimedAmount, bool WageArrears, int WorkerCount, string Facts, Guid? CaseId);

/// <summary>
/// 劳动争议仲裁绿色通道: filing (欠薪 claims grouped, the claim linked to the open LABOUR case against the firm), each step
/// of the arbitration and the court link, and the resolution of a 前置预警; each audited and saved with its event.
/// </summary>
public sealed class LabourArbitration(GovernanceContext db, IOptions<GovernanceOptions> options, HolidayCalendar calendar, TimeProvider time)
{
    /// <summary>The dispute does not exist, or the caller may not know it does (a bare 404).</summary>
    public static readonly Failure NotFound = Failure.NotFound("id", "劳动争议案件不存在 (no such dispute)");

    /// <summary>The early warning does not exist (a bare 404).</summary>
    public static readonly Failure WarningNotFound = Failure.NotFound("id", "预警不存在 (no such warning)");

    /// <summary>One step of a dispute; it returns the event to publish, if any, and throws to refuse.</summary>
    public delegate IntegrationEvent? Step(LabourDispute dispute, PlatformUser user, DateTimeOffset now);

    public async Task<Outcome<LabourDispute>> FileAsync(LabourDisputeApplication application, PlatformUser user, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var creditCode = application.RespondentCreditCode;
        var caseId = application.CaseId;
        if (caseId is { } named)
        {
            // Named by the filer: it must be a LABOUR case about this firm; any other case is not confirmed to exist.
            if (!await db.Cases.AnyAsync(c => c.Id == named && c.ModuleCode == GovernanceCatalogue.LabourModuleCode && c.CreditCode == creditCode, cancellationToken))
            {
                return Failure.Unprocessable("caseId", "没有关于该被申请人的劳动保障工单 (there is no LABOUR case about this respondent with that id)");
            }
        }
        else
        {
            // 裁审衔接: the claim joins the open LABOUR case against the same firm (a 欠薪投诉 or a 前置预警), the latest first.
            var since = now - options.Value.LabourGroupWindow;
            caseId = await db.Cases.AsNoTracking()
                .Where(c => c.ModuleCode == GovernanceCatalogue.LabourModuleCode && c.CreditCode == creditCode && c.FiledAt >= since
                    && c.Status != CaseStatus.Closed && c.Status != CaseStatus.FollowedUp)
                .OrderByDescending(c => c.FiledAt).Select(c => (Guid?)c.Id).FirstOrDefaultAsync(cancellationToken);
        }

        var number = await db.NextLabourDisputeNumberAsync(now, cancellationToken);
        var dispute = LabourDispute.File(
            number, application.ApplicantName.Trim(), ResidentIdNumber.Mask(application.ResidentId), LabourDisputeAccess.ApplicantKey(application.ResidentId),
            application.Phone, creditCode, application.RespondentName.Trim(), application.ClaimType, application.ClaimedAmount, application.WageArrears,
            application.WorkerCount, application.Facts.Trim(), user.Subject, now, calendar.Current);
        if (caseId is { } linked)
        {
            dispute.LinkToCase(linked);
        }
        db.LabourDisputes.Add(dispute);
        db.AddAudit(user, "labour-dispute.filed", "labour-dispute", dispute.Id.ToString(), now);
        db.AddIntegrationEvent(
            new LabourDisputeFiled(dispute.Id, dispute.Number, dispute.RespondentCreditCode, dispute.ClaimType.ToString(), dispute.WageArrears,
                dispute.WorkerCount, dispute.ClaimedAmount, dispute.CaseId),
            aggregateKey: dispute.Id.ToString());

        if (dispute.WageArrears)
        {
            await GroupWageArrearsAsync(dispute, user, now, cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        return dispute;
    }

    /// <summary>One transition and its audit entry, saved together; an illegal one is a 409 naming the state and writes nothing.</summary>
    public async Task<Outcome<LabourDispute>> ApplyAsync(Guid id, PlatformUser user, string auditAction, Step step, CancellationToken cancellationToken)
    {
        var found = await db.LabourDisputes.VisibleTo(user).FirstOrDefaultAsync(d => d.Id == id, cancellationToken);
        if (found is null)
        {
            return NotFound;
        }
        var now = time.GetUtcNow();
        IntegrationEvent? happened;
        try
        {
            happened = step(found, user, now);
        }
        catch (IllegalLabourDisputeTransitionException illegal)
        {
            return StateConflict(found.Number, illegal.Current, illegal.Action);
        }
        catch (IllegalLabourCourtStageException illegal)
        {
            return CourtStageConflict(found.Number, illegal.Current, illegal.Attempted);
        }
        catch (CaseRuleException rule)
        {
            return CaseRefusals.From(rule);
        }
        db.AddAudit(user, auditAction, "labour-dispute", found.Id.ToString(), now);
        if (happened is not null)
        {
            db.AddIntegrationEvent(happened, aggregateKey: found.Id.ToString());
        }
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            var current = await db.LabourDisputes.AsNoTracking().FirstAsync(d => d.Id == id, cancellationToken);
            return StateConflict(current.Number, current.Status, null);
        }
        return found;
    }

    /// <summary>What the 定期会商 decided about a 前置预警.</summary>
    public async Task<Outcome<LabourEarlyWarning>> ResolveWarningAsync(Guid id, string resolution, PlatformUser user, CancellationToken cancellationToken)
    {
        var warning = await db.LabourEarlyWarnings.FirstOrDefaultAsync(w => w.Id == id, cancellationToken);
        if (warning is null)
        {
            return WarningNotFound;
        }
        var now = time.GetUtcNow();
        try
        {
            warning.Resolve(resolution.Trim(), user.Subject, now);
        }
        catch (CaseRuleException rule)
        {
            return CaseRefusals.From(rule);
        }
        db.AddAudit(user, "labour-warning.resolved", "labour-warning", warning.Id.ToString(), now);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Failure.Conflict("resolution", "该预警已被他人处置 (the warning was resolved meanwhile)");
        }
        return warning;
    }

    /// <summary>欠薪 claims against the same firm within the window form a group once they reach the threshold.</summary>
    private async Task GroupWageArrearsAsync(LabourDispute dispute, PlatformUser user, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var since = now - settings.LabourGroupWindow;
        var earlier = await db.LabourDisputes.AsNoTracking()
            .Where(d => d.RespondentCreditCode == dispute.RespondentCreditCode && d.WageArrears && d.FiledAt >= since
                && d.Status != LabourDisputeStatus.Refused && d.Status != LabourDisputeStatus.Awarded
                && d.Status != LabourDisputeStatus.InCourt && d.Status != LabourDisputeStatus.Closed)
            .OrderBy(d => d.FiledAt).Take(50)
            .Select(d => new WageArrearsGrouping.Earlier(d.Id, d.GroupId, d.FiledAt))
            .ToListAsync(cancellationToken);
        var (groupId, newLeader) = WageArrearsGrouping.GroupFor(
            dispute.Id, true, dispute.WorkerCount, now, earlier, settings.LabourGroupWorkerThreshold, settings.LabourGroupWindow);
        if (groupId is { } group)
        {
            dispute.JoinGroup(group);
            db.AddAudit(user, "labour-dispute.grouped", "labour-dispute", dispute.Id.ToString(), now);
        }
        if (newLeader is { } leaderId && await db.LabourDisputes.FirstOrDefaultAsync(d => d.Id == leaderId, cancellationToken) is { } leader)
        {
            leader.JoinGroup(leaderId);
            db.AddAudit(user, "labour-dispute.grouped", "labour-dispute", leaderId.ToString(), now);
        }
    }

    private static Failure StateConflict(string number, LabourDisputeStatus current, LabourDisputeAction? action) =>
        Failure.Conflict("", action is { } attempted
                ? $"案件 {number} 当前为 {current}，只有在 {string.Join(" 或 ", LabourDisputeLifecycle.StatesAllowing(attempted))} 状态下才能执行 {attempted} (dispute {number} is {current}; {attempted} is allowed only when it is {string.Join(" or ", LabourDisputeLifecycle.StatesAllowing(attempted))})"
                : $"案件 {number} 已被他人修改，当前为 {current} (dispute {number} was changed meanwhile and is now {current})")
            .Titled("劳动争议案件在当前状态下不能执行此操作 (the dispute cannot do that in its current state)")
            .With("currentState", current.ToString());

    private static Failure CourtStageConflict(string number, LabourCourtStage current, LabourCourtStage attempted) =>
        Failure.Conflict("stage", $"案件 {number} 当前环节为 {current}，不能登记 {attempted} (dispute {number} is at {current}; {attempted} cannot follow it)")
            .Titled("法院绿色通道环节须依次登记 (the court stages are recorded in order)")
            .With("currentStage", current.ToString());
}
