using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Qingmeng.Contracts;
using Qingmeng.Governance.Application;
using Qingmeng.Governance.Infrastructure;
using Qingmeng.Governance.Model;
using Qingmeng.Governance.Operations;
using Qingmeng.ServiceDefaults.Auditing;
using Qingmeng.ServiceDefaults.Authentication;
using Qingmeng.ServiceDefaults.Data;
using Qingmeng.ServiceDefaults.Messaging;
using Qingmeng.ServiceDefaults.Paging;
using Qingmeng.ServiceDefaults.Validation;
using Qingmeng.Governance.Model.Cases;

namespace Qingmeng.Governance.Apis;

/// <summary>
/// 政企沟通: 领导干部联系企业 (the centre assigns a cadre a firm with its 一企一策 plan), the cadre's visits, and the zone's
/// 早午晚餐会 / 恳谈会 / 困难问题会商会. Every issue a firm raises is filed as a case (channel <c>CadreFirmVisit</c> or
/// <c>GovernmentFirmMeeting</c>) and dispatched and followed like any other case; visits and meetings show its state.
/// A firm sees its own assignments; meetings, which name several firms, are for the zone's staff.
/// </summary>
public static class EngagementApi
{
    /// <summary>Where a raised issue goes unless the recorder names a category: 企业服务 / 政企恳谈诉求.</summary>
    public const string DefaultModuleCode = "ENT-SERVICE";

    public const string DefaultServiceCode = "ENT-SERVICE-02";

    public static IEndpointRouteBuilder MapEngagementApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/governance/engagement").WithTags("Government–firm engagement");
        api.MapPost("/assignments", Assign).WithName("AssignCadre")
            .WithSummary("领导干部联系企业: assign a cadre a firm with its 一企一策 plan (one active assignment per firm)")
            .RequireAuthorization(GovernancePolicies.Dispatchers);
        api.MapGet("/assignments", ListAssignments).WithName("ListCadreAssignments").WithSummary("Assignments visible to the caller, the most overdue visit first")
            .RequireAuthorization(GovernancePolicies.FirmsAndOfficials);
        api.MapPost("/assignments/{id:guid}/end", EndAssignment).WithName("EndCadreAssignment").WithSummary("End an assignment (the cadre moves on)")
            .RequireAuthorization(GovernancePolicies.Dispatchers);
        api.MapPost("/assignments/{id:guid}/visits", RecordVisit).WithName("RecordFirmVisit")
            .WithSummary("走访: the assigned cadre records a visit; each issue raised is filed as a case")
            .RequireAuthorization(GovernancePolicies.Officials);
        api.MapGet("/assignments/{id:guid}/visits", ListVisits).WithName("ListFirmVisits").WithSummary("An assignment's visits and their issues' cases")
            .RequireAuthorization(GovernancePolicies.FirmsAndOfficials);
        api.MapPost("/meetings", RecordMeeting).WithName("RecordFirmMeeting")
            .WithSummary("早午晚餐会 / 恳谈会 / 困难问题会商会: each issue raised is filed as a case")
            .RequireAuthorization(GovernancePolicies.Officials);
        api.MapGet("/meetings", ListMeetings).WithName("ListFirmMeetings").WithSummary("Meetings, latest first, with their issues' cases")
            .RequireAuthorization(GovernancePolicies.Officials);
        api.MapGet("/meetings/{id:guid}", GetMeeting).WithName("GetFirmMeeting").WithSummary("One meeting and where each issue's case stands")
            .RequireAuthorization(GovernancePolicies.Officials);
        api.MapGet("/summary", Summary).WithName("GetEngagementSummary").WithSummary("政企沟通 in figures: assignments, visits, meetings, issues raised and resolved")
            .RequireAuthorization(GovernancePolicies.Officials);
        return app;
    }

    public static async Task<Results<Created<CadreAssignmentView>, ProblemHttpResult>> Assign(
        AssignCadreRequest request, ClaimsPrincipal principal, GovernanceContext db, IOptions<GovernanceOptions> options, TimeProvider time,
        CancellationToken cancellationToken)
    {
        var user = PlatformUser.From(principal);
        UnifiedSocialCreditCode.TryParse(request.CreditCode, out var creditCode);
        if (request.CadreDepartmentCode is { } department && !await db.Departments.AnyAsync(d => d.Code == department, cancellationToken))
        {
            return CaseProblems.From(new CaseRuleException($"没有部门 {department} (there is no department {department})", "cadreDepartmentCode"));
        }
        if (await db.CadreAssignments.AnyAsync(a => a.CreditCode == creditCode && a.Active, cancellationToken))
        {
            return AlreadyAssigned(creditCode!);
        }
        var now = time.GetUtcNow();
        var assignment = CadreAssignment.Assign(creditCode!, request.CadreSubject.Trim(), request.CadreName.Trim(), request.CadreDepartmentCode, request.Plan.Trim(),
            user.Subject, now, options.Value.CadreVisitPeriod);
        db.CadreAssignments.Add(assignment);
        db.AddAudit(user, "engagement.assigned", "engagement-assignment", assignment.Id.ToString(), now);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (exception.IsUniqueViolation())
        {
            return AlreadyAssigned(creditCode!);
        }
        return TypedResults.Created($"/api/governance/engagement/assignments/{assignment.Id}", CadreAssignmentView.From(assignment, now));
    }

    private static ProblemHttpResult AlreadyAssigned(string creditCode) => CaseProblems.From(new CaseRuleException(
        $"企业 {creditCode} 已有联系干部（一企一策），请先结束原联系关系 (the firm already has an assigned cadre; end that assignment first)", "creditCode", 409));

    public static async Task<Ok<Page<CadreAssignmentView>>> ListAssignments(
        [AsParameters] PageRequest page, [AsParameters] AssignmentQuery query, ClaimsPrincipal principal, GovernanceContext db, TimeProvider time,
        CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var assignments = VisibleTo(db.CadreAssignments.AsNoTracking(), PlatformUser.From(principal));
        if (query.CadreSubject is { } cadre)
        {
            assignments = assignments.Where(a => a.CadreSubject == cadre);
        }
        if (query.Active is { } active)
        {
            assignments = assignments.Where(a => a.Active == active);
        }
        if (query.Overdue is { } overdue)
        {
            assignments = overdue
                ? assignments.Where(a => a.Active && a.VisitDueAt <= now)
                : assignments.Where(a => !a.Active || a.VisitDueAt > now);
        }
        var count = await assignments.LongCountAsync(cancellationToken);
        var items = await assignments.OrderByDescending(a => a.Active).ThenBy(a => a.VisitDueAt).ThenBy(a => a.Id)
            .Skip(page.Skip).Take(page.PageSize).ToListAsync(cancellationToken);
        return TypedResults.Ok(new Page<CadreAssignmentView>(page.PageIndex, page.PageSize, count, items.ConvertAll(a => CadreAssignmentView.From(a, now))));
    }

    public static async Task<Results<Ok<CadreAssignmentView>, NotFound, ProblemHttpResult>> EndAssignment(
        Guid id, ClaimsPrincipal principal, GovernanceContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var user = PlatformUser.From(principal);
        var assignment = await db.CadreAssignments.FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (assignment is null)
        {
            return TypedResults.NotFound();
        }
        var now = time.GetUtcNow();
        try
        {
            assignment.End(now);
        }
        catch (CaseRuleException rule)
        {
            return CaseProblems.From(rule);
        }
        db.AddAudit(user, "engagement.assignment-ended", "engagement-assignment", assignment.Id.ToString(), now);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Changed();
        }
        return TypedResults.Ok(CadreAssignmentView.From(assignment, now));
    }

    public static async Task<Results<Created<FirmVisitView>, NotFound, ProblemHttpResult>> RecordVisit(
        Guid id, RecordVisitRequest request, ClaimsPrincipal principal, GovernanceContext db, CaseIntake intake, IOptions<GovernanceOptions> options,
        TimeProvider time, CancellationToken cancellationToken)
    {
        var user = PlatformUser.From(principal);
        var assignment = await db.CadreAssignments.FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (assignment is null)
        {
            return TypedResults.NotFound();
        }
        if (!user.IsInAnyRole(PlatformRoles.Dispatcher, PlatformRoles.Admin) && user.Subject != assignment.CadreSubject)
        {
            return CaseProblems.From(new CaseRuleException("只有联系该企业的干部可以登记走访 (only the assigned cadre records visits)", statusCode: 403));
        }
        var now = time.GetUtcNow();
        var visitedAt = request.VisitedAt!.Value;
        if (visitedAt > now.AddMinutes(5))
        {
            return CaseProblems.From(new CaseRuleException("走访时间不能晚于现在 (a visit cannot be recorded before it happens)", "visitedAt"));
        }
        try
        {
            assignment.RecordVisit(visitedAt, options.Value.CadreVisitPeriod);
        }
        catch (CaseRuleException rule)
        {
            return CaseProblems.From(rule);
        }
        var visit = FirmVisit.Record(assignment, user.Subject, user.Name ?? user.Subject, visitedAt, request.Matters.Trim(), now);
        db.FirmVisits.Add(visit);
        var issues = new List<(EngagementIssue Issue, Case Case)>();
        try
        {
            var index = 0;
            foreach (var raised in request.Issues ?? [])
            {
                var filed = await intake.FileAsync(
                    new CaseIntakeRequest(CaseChannel.CadreFirmVisit, raised.ModuleCode ?? DefaultModuleCode,
                        raised.ModuleCode is null ? DefaultServiceCode : raised.ServiceCode, raised.Title.Trim(), raised.Description.Trim(),
                        assignment.CreditCode, null, null, null, visit.SourceReference(++index)),
                    user, now, cancellationToken);
                var issue = EngagementIssue.ForCase(null, visit.Id, assignment.CreditCode, filed.Title, filed, now);
                db.EngagementIssues.Add(issue);
                issues.Add((issue, filed));
            }
        }
        catch (CaseRuleException rule)
        {
            return CaseProblems.From(rule);
        }
        db.AddIntegrationEvent(
            new FirmVisitRecorded(visit.Id, assignment.Id, assignment.CreditCode, user.Subject, visitedAt, [.. issues.Select(i => i.Case.Id)]),
            aggregateKey: assignment.CreditCode);
        db.AddAudit(user, "engagement.visited", "engagement-visit", visit.Id.ToString(), now);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Changed();
        }
        return TypedResults.Created($"/api/governance/engagement/assignments/{assignment.Id}/visits",
            new FirmVisitView(visit.Id, assignment.Id, visit.CreditCode, visit.VisitedBy, visit.VisitorName, visit.VisitedAt, visit.Matters,
                issues.ConvertAll(i => IssueView(i.Issue, i.Case.Status, i.Case.LeadDepartmentCode))));
    }

    public static async Task<Results<Ok<IReadOnlyList<FirmVisitView>>, NotFound>> ListVisits(
        Guid id, ClaimsPrincipal principal, GovernanceContext db, CancellationToken cancellationToken)
    {
        var assignment = await VisibleTo(db.CadreAssignments.AsNoTracking(), PlatformUser.From(principal)).FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (assignment is null)
        {
            return TypedResults.NotFound();
        }
        var visits = await db.FirmVisits.AsNoTracking().Where(v => v.AssignmentId == id).OrderByDescending(v => v.VisitedAt).Take(200).ToListAsync(cancellationToken);
        var visitIds = visits.ConvertAll(v => (Guid?)v.Id);
        var issues = await IssuesAsync(db, db.EngagementIssues.Where(i => visitIds.Contains(i.VisitId)), cancellationToken);
        return TypedResults.Ok<IReadOnlyList<FirmVisitView>>(visits.ConvertAll(v => new FirmVisitView(
            v.Id, v.AssignmentId, v.CreditCode, v.VisitedBy, v.VisitorName, v.VisitedAt, v.Matters, [.. issues.Where(i => i.VisitId == v.Id).Select(i => i.View)])));
    }

    public static async Task<Results<Created<FirmMeetingView>, ProblemHttpResult>> RecordMeeting(
        RecordMeetingRequest request, ClaimsPrincipal principal, GovernanceContext db, CaseIntake intake, TimeProvider time, CancellationToken cancellationToken)
    {
        if (!Enum.TryParse<FirmMeetingKind>(request.Kind, ignoreCase: true, out var kind) || !Enum.IsDefined(kind) || int.TryParse(request.Kind, out _))
        {
            return TypedResults.Problem(
                title: $"会议类型须为 {string.Join("、", Enum.GetNames<FirmMeetingKind>())} 之一 (unknown meeting kind)",
                statusCode: StatusCodes.Status400BadRequest,
                extensions: new Dictionary<string, object?> { ["field"] = "kind", ["errors"] = new Dictionary<string, string[]> { ["kind"] = [$"未知的会议类型 {request.Kind} (unknown kind)"] } });
        }
        var user = PlatformUser.From(principal);
        var now = time.GetUtcNow();
        var meeting = FirmMeeting.Record(kind, request.Title.Trim(), request.HeldAt!.Value, request.Place?.Trim(), request.Chair?.Trim(), user.Subject, now);
        db.FirmMeetings.Add(meeting);
        var issues = new List<(EngagementIssue Issue, Case Case)>();
        try
        {
            var index = 0;
            foreach (var raised in request.Issues)
            {
                UnifiedSocialCreditCode.TryParse(raised.CreditCode, out var creditCode);
                var filed = await intake.FileAsync(
                    new CaseIntakeRequest(CaseChannel.GovernmentFirmMeeting, raised.ModuleCode ?? DefaultModuleCode,
                        raised.ModuleCode is null ? DefaultServiceCode : raised.ServiceCode, raised.Title.Trim(), raised.Description.Trim(),
                        creditCode, null, null, null, meeting.SourceReference(++index)),
                    user, now, cancellationToken);
                var issue = EngagementIssue.ForCase(meeting.Id, null, creditCode!, filed.Title, filed, now);
                db.EngagementIssues.Add(issue);
                issues.Add((issue, filed));
            }
        }
        catch (CaseRuleException rule)
        {
            return CaseProblems.From(rule);
        }
        db.AddIntegrationEvent(new FirmMeetingHeld(meeting.Id, kind.ToString(), meeting.HeldAt, [.. issues.Select(i => i.Case.Id)]), aggregateKey: meeting.Id.ToString());
        db.AddAudit(user, "engagement.meeting-recorded", "engagement-meeting", meeting.Id.ToString(), now);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/governance/engagement/meetings/{meeting.Id}",
            MeetingView(meeting, issues.ConvertAll(i => IssueView(i.Issue, i.Case.Status, i.Case.LeadDepartmentCode))));
    }

    public static async Task<Ok<Page<FirmMeetingView>>> ListMeetings(
        [AsParameters] PageRequest page, [AsParameters] MeetingQuery query, GovernanceContext db, CancellationToken cancellationToken)
    {
        var meetings = db.FirmMeetings.AsNoTracking();
        if (query.Kind is { } kind)
        {
            meetings = meetings.Where(m => m.Kind == kind);
        }
        var count = await meetings.LongCountAsync(cancellationToken);
        var items = await meetings.OrderByDescending(m => m.HeldAt).ThenBy(m => m.Id).Skip(page.Skip).Take(page.PageSize).ToListAsync(cancellationToken);
        var ids = items.ConvertAll(m => (Guid?)m.Id);
        var issues = await IssuesAsync(db, db.EngagementIssues.Where(i => ids.Contains(i.MeetingId)), cancellationToken);
        return TypedResults.Ok(new Page<FirmMeetingView>(page.PageIndex, page.PageSize, count,
            items.ConvertAll(m => MeetingView(m, [.. issues.Where(i => i.MeetingId == m.Id).Select(i => i.View)]))));
    }

    public static async Task<Results<Ok<FirmMeetingView>, NotFound>> GetMeeting(Guid id, GovernanceContext db, CancellationToken cancellationToken)
    {
        var meeting = await db.FirmMeetings.AsNoTracking().FirstOrDefaultAsync(m => m.Id == id, cancellationToken);
        if (meeting is null)
        {
            return TypedResults.NotFound();
        }
        var issues = await IssuesAsync(db, db.EngagementIssues.Where(i => i.MeetingId == id), cancellationToken);
        return TypedResults.Ok(MeetingView(meeting, [.. issues.Select(i => i.View)]));
    }

    public static async Task<Ok<EngagementSummaryView>> Summary(GovernanceContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var active = db.CadreAssignments.AsNoTracking().Where(a => a.Active);
        var byKind = await db.FirmMeetings.AsNoTracking().GroupBy(m => m.Kind).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var issueStates = await db.EngagementIssues.AsNoTracking().Join(db.Cases, i => i.CaseId, c => c.Id, (i, c) => c.Status).ToListAsync(cancellationToken);
        return TypedResults.Ok(new EngagementSummaryView(
            await active.CountAsync(cancellationToken),
            await active.Select(a => a.CadreSubject).Distinct().CountAsync(cancellationToken),
            await active.CountAsync(a => a.VisitDueAt <= now, cancellationToken),
            await db.FirmVisits.CountAsync(cancellationToken),
            byKind.Sum(k => k.Count),
            Enum.GetValues<FirmMeetingKind>().ToDictionary(k => k, k => byKind.FirstOrDefault(b => b.Key == k)?.Count ?? 0),
            issueStates.Count,
            issueStates.Count(s => !CaseLifecycle.IsOpen(s))));
    }

    private sealed record IssueRow(Guid? MeetingId, Guid? VisitId, EngagementIssueView View);

    private static async Task<List<IssueRow>> IssuesAsync(GovernanceContext db, IQueryable<EngagementIssue> issues, CancellationToken cancellationToken)
    {
        var rows = await issues.AsNoTracking()
            .Join(db.Cases.AsNoTracking(), i => i.CaseId, c => c.Id, (i, c) => new { Issue = i, c.Status, c.LeadDepartmentCode })
            .ToListAsync(cancellationToken);
        return [.. rows.OrderBy(r => r.Issue.CaseNumber, StringComparer.Ordinal)
            .Select(r => new IssueRow(r.Issue.MeetingId, r.Issue.VisitId, IssueView(r.Issue, r.Status, r.LeadDepartmentCode)))];
    }

    private static EngagementIssueView IssueView(EngagementIssue issue, CaseStatus status, string? leadDepartmentCode) =>
        new(issue.Id, issue.CreditCode, issue.Title, issue.CaseId, issue.CaseNumber, status, leadDepartmentCode);

    private static FirmMeetingView MeetingView(FirmMeeting meeting, IReadOnlyList<EngagementIssueView> issues) => new(
        meeting.Id, meeting.Kind, meeting.Title, meeting.HeldAt, meeting.Place, meeting.Chair,
        issues.Count(i => CaseLifecycle.IsOpen(i.CaseStatus)), issues.Count(i => !CaseLifecycle.IsOpen(i.CaseStatus)), issues);

    private static ProblemHttpResult Changed() =>
        CaseProblems.From(new CaseRuleException("该联系关系已被他人修改，请刷新 (the assignment was changed meanwhile)", statusCode: 409));

    /// <summary>A firm sees its own; an officer what they are assigned or their department's cadres'; the centre all.</summary>
    private static IQueryable<CadreAssignment> VisibleTo(IQueryable<CadreAssignment> assignments, PlatformUser user)
    {
        if (user.IsInAnyRole(PlatformRoles.Dispatcher, PlatformRoles.Admin))
        {
            return assignments;
        }
        if (user.IsInRole(PlatformRoles.DepartmentOfficer))
        {
            var department = user.DepartmentCode;
            return assignments.Where(a => a.CadreSubject == user.Subject || (department != null && a.CadreDepartmentCode == department));
        }
        if (user.IsInRole(PlatformRoles.Firm) && user.CreditCode is { } creditCode)
        {
            return assignments.Where(a => a.CreditCode == creditCode);
        }
        return assignments.Where(_ => false);
    }
}
