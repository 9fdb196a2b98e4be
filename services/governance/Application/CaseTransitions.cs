using Microsoft.EntityFrameworkCore;
using Qingmeng.Contracts;
using Qingmeng.Governance.Infrastructure;
using Qingmeng.Governance.Model;
using Qingmeng.ServiceDefaults.Auditing;
using Qingmeng.ServiceDefaults.Authentication;
using Qingmeng.ServiceDefaults.Calendar;
using Qingmeng.ServiceDefaults.Data;
using Qingmeng.ServiceDefaults.Messaging;
using Qingmeng.ServiceDefaults.Outcomes;
using Qingmeng.Governance.Model.Cases;

namespace Qingmeng.Governance.Application;

/// <summary>
/// Runs one transition on a case the caller can see, on the platform's transition runner: the change, its integration
/// event (if any) and its audit entry are saved together; an illegal transition is a conflict naming the current state
/// and writes nothing.
/// </summary>
public sealed class CaseTransitions(GovernanceContext db, TimeProvider time, HolidayCalendar calendars)
{
    /// <summary>The calendar deadlines are counted with, confirmed schedules included.</summary>
    public WorkingDayCalendar Calendar => calendars.Current;

    public delegate IntegrationEvent? Transition(Case found, PlatformUser user, DateTimeOffset now);

    /// <summary>The case changed and saved, or why not (<see cref="CaseRefusals.CaseNotFound"/> when the caller cannot see it).</summary>
    public async Task<Outcome<Case>> ApplyAsync(
        Guid id, PlatformUser user, string auditAction, Transition transition, CancellationToken cancellationToken)
    {
        var now = default(DateTimeOffset);
        IntegrationEvent? raised = null;
        return await db.RunAsync(new Transition<Case>
        {
            Find = token => db.Cases
                .Include(c => c.CoHandlers).Include(c => c.Dispatches).Include(c => c.Extensions)
                .AsSplitQuery().VisibleTo(user).FirstOrDefaultAsync(c => c.Id == id, token),
            NotFound = CaseRefusals.CaseNotFound,
            Apply = (found, _) =>
            {
                now = time.GetUtcNow();
                return Task.FromResult(Apply(found));
            },
            Record = found =>
            {
                if (raised is not null)
                {
                    db.AddIntegrationEvent(raised, aggregateKey: found.Id.ToString());
                }
                if (raised is CaseClosed closed && found.SupervisedApprovalTask is var (projectId, taskId))
                {
                    db.AddIntegrationEvent(
                        new SupervisionConcluded(found.Id, found.Number, projectId, taskId, found.LeadDepartmentCode ?? "", closed.Resolution) { OccurredAt = now },
                        aggregateKey: found.Id.ToString());
                }
                db.AddAudit(user, auditAction, "case", found.Id.ToString(), now);
            },
            // Someone else changed the case between our read and write: report the state they left.
            ConcurrentChangeFrom = current => CaseRefusals.StateConflict(current, null),
        }, cancellationToken);

        Failure? Apply(Case found)
        {
            try
            {
                raised = transition(found, user, now);
                return null;
            }
            catch (IllegalCaseTransitionException illegal)
            {
                return CaseRefusals.StateConflict(found, illegal.Action);
            }
            catch (CaseRuleException rule)
            {
                return CaseRefusals.From(rule);
            }
        }
    }
}
