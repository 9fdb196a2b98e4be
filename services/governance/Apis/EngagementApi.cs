using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Qingmeng.Governance.Application;
using Qingmeng.Governance.Infrastructure;
using Qingmeng.Governance.Model;
using Qingmeng.ServiceDefaults.Authentication;
using Qingmeng.ServiceDefaults.Outcomes;
using Qingmeng.ServiceDefaults.Paging;
using Qingmeng.ServiceDefaults.Problems;
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
        AssignCadreRequest request, ClaimsPrincipal principal, FirmEngagement engagement, TimeProvider time, CancellationToken cancellationToken)
    {
        UnifiedSocialCreditCode.TryParse(request.CreditCode, out var creditCode);
        var outcome = await engagement.AssignAsync(
            creditCode!, request.CadreSubject, request.CadreName, request.CadreDepartmentCode, request.Plan, PlatformUser.From(principal), cancellationToken);
        return outcome.Succeeded
            ? TypedResults.Created($"/api/governance/engagement/assignments/{outcome.Value.Id}", CadreAssignmentView.From(outcome.Value, time.GetUtcNow()))
            : outcome.Failure.ToProblem();
    }

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
        Guid id, ClaimsPrincipal principal, FirmEngagement engagement, TimeProvider time, CancellationToken cancellationToken)
    {
        var outcome = await engagement.EndAssignmentAsync(id, PlatformUser.From(principal), cancellationToken);
        if (outcome.Succeeded)
        {
            return TypedResults.Ok(CadreAssignmentView.From(outcome.Value, time.GetUtcNow()));
        }
        return ReferenceEquals(outcome.Failure, FirmEngagement.AssignmentNotFound) ? TypedResults.NotFound() : outcome.Failure.ToProblem();
    }

    public static async Task<Results<Created<FirmVisitView>, NotFound, ProblemHttpResult>> RecordVisit(
        Guid id, RecordVisitRequest request, ClaimsPrincipal principal, FirmEngagement engagement, CancellationToken cancellationToken)
    {
        var outcome = await engagement.RecordVisitAsync(
            id, request.VisitedAt!.Value, request.Matters,
            [.. (request.Issues ?? []).Select(i => new IssueToFile(i.ModuleCode, i.ServiceCode, i.Title, i.Description))],
            PlatformUser.From(principal), cancellationToken);
        if (!outcome.Succeeded)
        {
            return ReferenceEquals(outcome.Failure, FirmEngagement.AssignmentNotFound) ? TypedResults.NotFound() : outcome.Failure.ToProblem();
        }
        var (visit, issues) = outcome.Value;
        return TypedResults.Created($"/api/governance/engagement/assignments/{visit.AssignmentId}/visits",
            new FirmVisitView(visit.Id, visit.AssignmentId, visit.CreditCode, visit.VisitedBy, visit.VisitorName, visit.VisitedAt, visit.Matters,
                [.. issues.Select(i => IssueView(i.Issue, i.Case.Status, i.Case.LeadDepartmentCode))]));
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
        RecordMeetingRequest request, ClaimsPrincipal principal, FirmEngagement engagement, CancellationToken cancellationToken)
    {
        if (!Enum.TryParse<FirmMeetingKind>(request.Kind, ignoreCase: true, out var kind) || !Enum.IsDefined(kind) || int.TryParse(request.Kind, out _))
        {
            return Failure.Invalid("kind", $"未知的会议类型 {request.Kind}，会议类型须为 {string.Join("、", Enum.GetNames<FirmMeetingKind>())} 之一 (unknown meeting kind)")
                .ToProblem();
        }
        var outcome = await engagement.RecordMeetingAsync(
            kind, request.Title, request.HeldAt!.Value, request.Place, request.Chair,
            [.. request.Issues.Select(i => new IssueToFile(i.ModuleCode, i.ServiceCode, i.Title, i.Description, Normalise(i.CreditCode)))],
            PlatformUser.From(principal), cancellationToken);
        if (!outcome.Succeeded)
        {
            return outcome.Failure.ToProblem();
        }
        var (meeting, issues) = outcome.Value;
        return TypedResults.Created($"/api/governance/engagement/meetings/{meeting.Id}",
            MeetingView(meeting, [.. issues.Select(i => IssueView(i.Issue, i.Case.Status, i.Case.LeadDepartmentCode))]));
    }

    private static string? Normalise(string creditCode) => UnifiedSocialCreditCode.TryParse(creditCode, out var normalised) ? normalised : creditCode;

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
