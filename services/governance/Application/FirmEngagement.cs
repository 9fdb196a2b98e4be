using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Qingmeng.Contracts;
using Qingmeng.Governance.Infrastructure;
using Qingmeng.Governance.Model;
using Qingmeng.Governance.Model.Cases;
using Qingmeng.Governance.Operations;
using Qingmeng.ServiceDefaults.Auditing;
using Qingmeng.ServiceDefaults.Authentication;
using Qingmeng.ServiceDefaults.Data;
using Qingmeng.ServiceDefaults.Messaging;
using Qingmeng.ServiceDefaults.Outcomes;

namespace Qingmeng.Governance.Application;

/// <summary>An issue a firm raised at a visit or meeting, with the case it was filed as.</summary>
public sealed record RaisedIssue(EngagementIssue Issue, Case Case);

/// <summary>What a visit or meeting raised: its module (null: the default category), service code, title and description.</summary>
public sealed record IssueToFile(string? ModuleCode, string? ServiceCode, string Title, string Description, string? CreditCode = null);

/// <summary>
/// 政企沟通: 领导干部联系企业 (the centre assigns a cadre a firm with its 一企一策 plan), the cadre's visits, and the zone's
/// meetings with firms. Every issue a firm raises is filed as a case through <see cref="CaseIntake"/> and saved with the
/// visit or meeting, its event and its audit entry.
/// </summary>
public sealed class FirmEngagement(GovernanceContext db, CaseIntake intake, IOptions<GovernanceOptions> options, TimeProvider time)
{
    /// <summary>Where a raised issue goes unless the recorder names a category: 企业服务 / 政企恳谈诉求.</summary>
    public const string DefaultModuleCode = "ENT-SERVICE";

    public const string DefaultServiceCode = "ENT-SERVICE-02";

    /// <summary>The assignment does not exist (a bare 404).</summary>
    public static readonly Failure AssignmentNotFound = Failure.NotFound("id", "联系关系不存在 (no such assignment)");

    public async Task<Outcome<CadreAssignment>> AssignAsync(
        string creditCode, string cadreSubject, string cadreName, string? cadreDepartmentCode, string plan, PlatformUser user, CancellationToken cancellationToken)
    {
        if (cadreDepartmentCode is { } department && !await db.Departments.AnyAsync(d => d.Code == department, cancellationToken))
        {
            return Failure.Unprocessable("cadreDepartmentCode", $"没有部门 {department} (there is no department {department})");
        }
        if (await db.CadreAssignments.AnyAsync(a => a.CreditCode == creditCode && a.Active, cancellationToken))
        {
            return AlreadyAssigned(creditCode);
        }
        var now = time.GetUtcNow();
        var assignment = CadreAssignment.Assign(creditCode, cadreSubject.Trim(), cadreName.Trim(), cadreDepartmentCode, plan.Trim(),
            user.Subject, now, options.Value.CadreVisitPeriod);
        db.CadreAssignments.Add(assignment);
        db.AddAudit(user, "engagement.assigned", "engagement-assignment", assignment.Id.ToString(), now);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (exception.IsUniqueViolation())
        {
            return AlreadyAssigned(creditCode);
        }
        return assignment;
    }

    public async Task<Outcome<CadreAssignment>> EndAssignmentAsync(Guid id, PlatformUser user, CancellationToken cancellationToken)
    {
        var assignment = await db.CadreAssignments.FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (assignment is null)
        {
            return AssignmentNotFound;
        }
        var now = time.GetUtcNow();
        try
        {
            assignment.End(now);
        }
        catch (CaseRuleException rule)
        {
            return CaseRefusals.From(rule);
        }
        db.AddAudit(user, "engagement.assignment-ended", "engagement-assignment", assignment.Id.ToString(), now);
        return await SaveAsync(assignment, cancellationToken);
    }

    /// <summary>走访: the assigned cadre (or the centre) records a visit; each issue raised is filed as a case.</summary>
    public async Task<Outcome<(FirmVisit Visit, IReadOnlyList<RaisedIssue> Issues)>> RecordVisitAsync(
        Guid id, DateTimeOffset visitedAt, string matters, IReadOnlyList<IssueToFile> raised, PlatformUser user, CancellationToken cancellationToken)
    {
        var assignment = await db.CadreAssignments.FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (assignment is null)
        {
            return AssignmentNotFound;
        }
        if (!user.IsInAnyRole(PlatformRoles.Dispatcher, PlatformRoles.Admin) && user.Subject != assignment.CadreSubject)
        {
            return Failure.Forbidden("", "只有联系该企业的干部可以登记走访 (only the assigned cadre records visits)");
        }
        var now = time.GetUtcNow();
        if (visitedAt > now.AddMinutes(5))
        {
            return Failure.Unprocessable("visitedAt", "走访时间不能晚于现在 (a visit cannot be recorded before it happens)");
        }
        var issues = new List<RaisedIssue>();
        FirmVisit visit;
        try
        {
            assignment.RecordVisit(visitedAt, options.Value.CadreVisitPeriod);
            visit = FirmVisit.Record(assignment, user.Subject, user.Name ?? user.Subject, visitedAt, matters.Trim(), now);
            db.FirmVisits.Add(visit);
            var index = 0;
            foreach (var issue in raised)
            {
                issues.Add(await FileIssueAsync(CaseChannel.CadreFirmVisit, issue, assignment.CreditCode, null, visit.Id, visit.SourceReference(++index), user, now, cancellationToken));
            }
        }
        catch (CaseRuleException rule)
        {
            return CaseRefusals.From(rule);
        }
        db.AddIntegrationEvent(
            new FirmVisitRecorded(visit.Id, assignment.Id, assignment.CreditCode, user.Subject, visitedAt, [.. issues.Select(i => i.Case.Id)]),
            aggregateKey: assignment.CreditCode);
        db.AddAudit(user, "engagement.visited", "engagement-visit", visit.Id.ToString(), now);
        var saved = await SaveAsync(assignment, cancellationToken);
        return saved.Succeeded ? (visit, issues) : saved.Failure;
    }

    /// <summary>早午晚餐会 / 恳谈会 / 困难问题会商会: each issue raised is filed as a case about the firm it names.</summary>
    public async Task<Outcome<(FirmMeeting Meeting, IReadOnlyList<RaisedIssue> Issues)>> RecordMeetingAsync(
        FirmMeetingKind kind, string title, DateTimeOffset heldAt, string? place, string? chair, IReadOnlyList<IssueToFile> raised, PlatformUser user,
        CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var meeting = FirmMeeting.Record(kind, title.Trim(), heldAt, place?.Trim(), chair?.Trim(), user.Subject, now);
        db.FirmMeetings.Add(meeting);
        var issues = new List<RaisedIssue>();
        try
        {
            var index = 0;
            foreach (var issue in raised)
            {
                issues.Add(await FileIssueAsync(CaseChannel.GovernmentFirmMeeting, issue, issue.CreditCode!, meeting.Id, null, meeting.SourceReference(++index), user, now, cancellationToken));
            }
        }
        catch (CaseRuleException rule)
        {
            return CaseRefusals.From(rule);
        }
        db.AddIntegrationEvent(new FirmMeetingHeld(meeting.Id, kind.ToString(), meeting.HeldAt, [.. issues.Select(i => i.Case.Id)]), aggregateKey: meeting.Id.ToString());
        db.AddAudit(user, "engagement.meeting-recorded", "engagement-meeting", meeting.Id.ToString(), now);
        await db.SaveChangesAsync(cancellationToken);
        return (meeting, issues);
    }

    private async Task<RaisedIssue> FileIssueAsync(
        CaseChannel channel, IssueToFile raised, string creditCode, Guid? meetingId, Guid? visitId, string sourceReference, PlatformUser user,
        DateTimeOffset now, CancellationToken cancellationToken)
    {
        var filed = await intake.FileAsync(
            new CaseIntakeRequest(channel, raised.ModuleCode ?? DefaultModuleCode,
                raised.ModuleCode is null ? DefaultServiceCode : raised.ServiceCode, raised.Title.Trim(), raised.Description.Trim(),
                creditCode, null, null, null, sourceReference),
            user, now, cancellationToken);
        var issue = EngagementIssue.ForCase(meetingId, visitId, creditCode, filed.Title, filed, now);
        db.EngagementIssues.Add(issue);
        return new RaisedIssue(issue, filed);
    }

    private async Task<Outcome<CadreAssignment>> SaveAsync(CadreAssignment assignment, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Failure.Conflict("", "该联系关系已被他人修改，请刷新 (the assignment was changed meanwhile)");
        }
        return assignment;
    }

    private static Failure AlreadyAssigned(string creditCode) => Failure.Conflict(
        "creditCode", $"企业 {creditCode} 已有联系干部（一企一策），请先结束原联系关系 (the firm already has an assigned cadre; end that assignment first)");
}
