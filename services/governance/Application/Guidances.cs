using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Qingmeng.Contracts;
using Qingmeng.Governance.Infrastructure;
using Qingmeng.Governance.Model;
using Qingmeng.Governance.Operations;
using Qingmeng.ServiceDefaults.Auditing;
using Qingmeng.ServiceDefaults.Authentication;
using Qingmeng.ServiceDefaults.Calendar;
using Qingmeng.ServiceDefaults.Messaging;
using Qingmeng.ServiceDefaults.Outcomes;

namespace Qingmeng.Governance.Application;

/// <summary>
/// 帮扶指导 (包容审慎): a department officer notifies a firm in advance, the firm corrects itself and reports, the
/// department inspects afterwards. Each step is audited and saved with its event.
/// </summary>
public sealed class Guidances(GovernanceContext db, IOptions<GovernanceOptions> options, HolidayCalendar calendar, TimeProvider time)
{
    /// <summary>The guidance does not exist, or the caller may not know it does (a bare 404).</summary>
    public static readonly Failure NotFound = Failure.NotFound("id", "帮扶指导不存在 (no such guidance)");

    /// <summary>One step of a guidance; it returns the event to publish, if any, and throws <see cref="CaseRuleException"/> to refuse.</summary>
    public delegate IntegrationEvent? Step(Guidance guidance, PlatformUser user, DateTimeOffset now);

    public async Task<Outcome<Guidance>> NotifyAsync(
        string creditCode, string matters, int? selfCorrectionWorkingDays, PlatformUser user, CancellationToken cancellationToken)
    {
        if (user.DepartmentCode is not { } department)
        {
            return Failure.Forbidden("", "告知须由部门执法人员发出 (guidance is given by a department's officer)");
        }
        var now = time.GetUtcNow();
        var guidance = Guidance.Notify(creditCode, department, matters.Trim(),
            selfCorrectionWorkingDays ?? options.Value.GuidanceSelfCorrectionWorkingDays, user.Subject, now, calendar.Current);
        db.Guidances.Add(guidance);
        db.AddIntegrationEvent(new GuidanceNoticeIssued(guidance.Id, guidance.CreditCode, department, guidance.SelfCorrectionDueAt), aggregateKey: guidance.CreditCode);
        db.AddAudit(user, "guidance.notified", "guidance", guidance.Id.ToString(), now);
        await db.SaveChangesAsync(cancellationToken);
        return guidance;
    }

    /// <summary>Runs one step on a guidance the caller can see, audits it and saves it with its event.</summary>
    public async Task<Outcome<Guidance>> ApplyAsync(Guid id, PlatformUser user, string auditAction, Step step, CancellationToken cancellationToken)
    {
        var found = await db.Guidances.VisibleTo(user, FirmInDepartmentAccess.CentreRoles).FirstOrDefaultAsync(g => g.Id == id, cancellationToken);
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
        db.AddAudit(user, auditAction, "guidance", found.Id.ToString(), now);
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
            return Failure.Conflict("", "该帮扶指导已被他人修改，请刷新 (the guidance was changed meanwhile)");
        }
        return found;
    }
}
