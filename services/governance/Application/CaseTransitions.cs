using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Qingmeng.Contracts;
using Qingmeng.Governance.Apis;
using Qingmeng.Governance.Infrastructure;
using Qingmeng.Governance.Model;
using Qingmeng.ServiceDefaults.Auditing;
using Qingmeng.ServiceDefaults.Authentication;
using Qingmeng.ServiceDefaults.Calendar;
using Qingmeng.ServiceDefaults.Messaging;

namespace Qingmeng.Governance.Application;

/// <summary>
/// Runs one transition on a case the caller can see: the change, its integration event (if any) and its audit entry
/// are saved together; an illegal transition is a 409 naming the current state and writes nothing.
/// </summary>
public sealed class CaseTransitions(GovernanceContext db, TimeProvider time, HolidayCalendar calendars)
{
    /// <summary>The calendar deadlines are counted with, confirmed schedules included.</summary>
    public WorkingDayCalendar Calendar => calendars.Current;

    public delegate IntegrationEvent? Transition(Case found, PlatformUser user, DateTimeOffset now);

    public async Task<Results<Ok<CaseView>, NotFound, ProblemHttpResult>> ApplyAsync(
        Guid id, ClaimsPrincipal principal, string auditAction, Transition transition, CancellationToken cancellationToken)
    {
        var user = PlatformUser.From(principal);
        var found = await db.Cases
            .Include(c => c.CoHandlers).Include(c => c.Dispatches).Include(c => c.Extensions)
            .AsSplitQuery().VisibleTo(user).FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (found is null)
        {
            return TypedResults.NotFound();
        }

        var now = time.GetUtcNow();
        IntegrationEvent? raised;
        try
        {
            raised = transition(found, user, now);
        }
        catch (IllegalCaseTransitionException illegal)
        {
            return CaseProblems.StateConflict(found, illegal.Action);
        }
        catch (CaseRuleException rule)
        {
            return CaseProblems.From(rule);
        }

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
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Someone else changed the case between our read and write; report the state they left.
            db.ChangeTracker.Clear();
            var current = await db.Cases.AsNoTracking().FirstAsync(c => c.Id == id, cancellationToken);
            return CaseProblems.StateConflict(current, null);
        }
        return TypedResults.Ok(CaseView.From(found, user, Calendar));
    }
}

public static class CaseProblems
{
    public static ProblemHttpResult StateConflict(Case current, CaseAction? action) => TypedResults.Problem(
        title: "诉求在当前状态下不能执行此操作 (the case cannot do that in its current state)",
        detail: action is { } attempted
            ? $"诉求 {current.Number} 当前为 {current.Status}，只有在 {string.Join(" 或 ", CaseLifecycle.StatesAllowing(attempted))} 状态下才能执行 {attempted} (case {current.Number} is {current.Status}; {attempted} is allowed only when it is {string.Join(" or ", CaseLifecycle.StatesAllowing(attempted))})"
            : $"诉求 {current.Number} 已被他人修改，当前为 {current.Status} (case {current.Number} was changed meanwhile and is now {current.Status})",
        statusCode: StatusCodes.Status409Conflict,
        extensions: new Dictionary<string, object?> { ["currentState"] = current.Status.ToString() });

    public static ProblemHttpResult From(CaseRuleException rule)
    {
        var extensions = new Dictionary<string, object?>();
        if (rule.Field is { } field)
        {
            extensions["field"] = field;
            extensions["errors"] = new Dictionary<string, string[]> { [field] = [rule.Message] };
        }
        return TypedResults.Problem(title: rule.Message, statusCode: rule.StatusCode, extensions: extensions);
    }
}
