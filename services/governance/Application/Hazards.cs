using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Qingmeng.Contracts;
using Qingmeng.Contracts.ReferenceData;
using Qingmeng.Governance.Infrastructure;
using Qingmeng.Governance.Model;
using Qingmeng.Governance.Operations;
using Qingmeng.ServiceDefaults.Auditing;
using Qingmeng.ServiceDefaults.Authentication;
using Qingmeng.ServiceDefaults.Calendar;
using Qingmeng.ServiceDefaults.Messaging;
using Qingmeng.ServiceDefaults.Outcomes;
using Qingmeng.ServiceDefaults.Validation;

namespace Qingmeng.Governance.Application;

/// <summary>
/// 安全生产 隐患排查整改: an officer reports a hazard found at a firm, or the firm its own; the firm reports the rectification;
/// an officer of the supervising department re-inspects. The deadline runs on the working-day calendar by severity.
/// </summary>
public sealed class Hazards(GovernanceContext db, IOptions<GovernanceOptions> options, HolidayCalendar calendar, TimeProvider time)
{
    /// <summary>The hazard does not exist, or the caller may not know it does (a bare 404).</summary>
    public static readonly Failure NotFound = Failure.NotFound("id", "隐患不存在 (no such hazard)");

    /// <summary>One step of a hazard; it returns the event to publish, if any, and throws <see cref="CaseRuleException"/> to refuse.</summary>
    public delegate IntegrationEvent? Step(Hazard hazard, PlatformUser user, DateTimeOffset now);

    /// <summary>
    /// Reports a hazard: a firm its own (<paramref name="creditCode"/> as written must be its own, or omitted), an officer a
    /// named firm's.
    /// </summary>
    public async Task<Outcome<Hazard>> ReportAsync(
        string? creditCode, HazardSeverity severity, string description, string? place, PlatformUser user, CancellationToken cancellationToken)
    {
        var selfReported = user.IsInRole(PlatformRoles.Firm);
        if (selfReported)
        {
            if (user.CreditCode is null || (creditCode is { } named && named != user.CreditCode))
            {
                return Failure.Forbidden("creditCode", "企业只能报告本企业的隐患 (a firm reports its own hazards)");
            }
            creditCode = user.CreditCode;
        }
        else if (creditCode is null)
        {
            return Failure.Invalid("creditCode", "请填写隐患所在企业的统一社会信用代码 (name the firm)");
        }
        else
        {
            // Validated by the request's attribute; this only normalises it.
            UnifiedSocialCreditCode.TryParse(creditCode, out creditCode);
        }
        var department = !selfReported && user.DepartmentCode is { } own ? own : DepartmentCatalogue.EmergencyManagement;
        var now = time.GetUtcNow();
        var hazard = Hazard.Report(creditCode!, department, severity, description.Trim(), place?.Trim(), user.Subject, selfReported, now,
            DueAt(severity, now, options.Value, calendar.Current));
        db.Hazards.Add(hazard);
        db.AddIntegrationEvent(
            new HazardReported(hazard.Id, hazard.CreditCode, hazard.DepartmentCode, severity.ToString(), selfReported, hazard.RectificationDueAt),
            aggregateKey: hazard.CreditCode);
        db.AddAudit(user, "hazard.reported", "hazard", hazard.Id.ToString(), now);
        await db.SaveChangesAsync(cancellationToken);
        return hazard;
    }

    public static DateTimeOffset DueAt(HazardSeverity severity, DateTimeOffset from, GovernanceOptions options, WorkingDayCalendar calendar) =>
        calendar.AddWorkingDays(from, severity == HazardSeverity.Major ? options.HazardMajorRectificationWorkingDays : options.HazardGeneralRectificationWorkingDays)
            .ToUniversalTime();

    /// <summary>Runs one step on a hazard the caller can see, audits it and saves it with its event.</summary>
    public async Task<Outcome<Hazard>> ApplyAsync(Guid id, PlatformUser user, string auditAction, Step step, CancellationToken cancellationToken)
    {
        var found = await db.Hazards.VisibleTo(user, FirmInDepartmentAccess.CentreRoles).FirstOrDefaultAsync(h => h.Id == id, cancellationToken);
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
        catch (CaseRuleException rule)
        {
            return CaseRefusals.From(rule);
        }
        db.AddAudit(user, auditAction, "hazard", found.Id.ToString(), now);
        if (happened is not null)
        {
            db.AddIntegrationEvent(happened, aggregateKey: found.CreditCode);
        }
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Failure.Conflict("", "该隐患已被他人修改，请刷新 (the hazard was changed meanwhile)");
        }
        return found;
    }
}
