using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Qingmeng.Approval.Application;
using Qingmeng.Approval.Infrastructure;
using Qingmeng.Approval.Model;
using Qingmeng.ServiceDefaults.Authentication;
using Qingmeng.ServiceDefaults.Calendar;
using Qingmeng.ServiceDefaults.Outcomes;
using Qingmeng.ServiceDefaults.Paging;
using Qingmeng.ServiceDefaults.Problems;
using Qingmeng.ServiceDefaults.Validation;

namespace Qingmeng.Approval.Apis;

public static class ProjectsApi
{
    public static IEndpointRouteBuilder MapProjectsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/approval").WithTags("Projects");

        api.MapPost("/projects", Register).WithName("RegisterProject")
            .WithSummary("Register a project (a firm for itself, or an agent or admin for a firm); an agent is assigned by load")
            .RequireAuthorization(ApprovalPolicies.Register);
        api.MapGet("/projects", ListProjects).WithName("ListProjects")
            .WithSummary("Projects visible to the caller: a firm its own, an agent theirs, an officer those with tasks in their department")
            .RequireAuthorization(ApprovalPolicies.ReadProjects);
        api.MapGet("/projects/{id:guid}", GetProject).WithName("GetProject")
            .WithSummary("One project: agent, delegation, handovers, what is missing, tasks and the predicted groundbreaking date")
            .RequireAuthorization(ApprovalPolicies.ReadProjects);
        api.MapGet("/projects/{id:guid}/prediction", GetPrediction).WithName("GetPrediction")
            .WithSummary("Predicted groundbreaking date, critical path, and how the prediction moved at the last transition")
            .RequireAuthorization(ApprovalPolicies.ReadProjects);
        api.MapGet("/projects/{id:guid}/timeline", GetTimeline).WithName("GetTimeline")
            .WithSummary("Every transition of the project and its tasks, oldest first")
            .RequireAuthorization(ApprovalPolicies.ReadProjects);
        api.MapPost("/projects/{id:guid}/delegation", GrantDelegation).WithName("GrantDelegation")
            .WithSummary("委托代办: the firm authorises its assigned agent to act for it on this project")
            .RequireAuthorization(ApprovalPolicies.Firms);
        api.MapPost("/projects/{id:guid}/handover", HandOver).WithName("HandOverProject")
            .WithSummary("Hand the project to another agent (named, or the least loaded) with the reason; the old delegation ends")
            .RequireAuthorization(ApprovalPolicies.HandOver);

        api.MapPost("/agents/me", Enrol).WithName("EnrolAgent")
            .WithSummary("An agent joins the 帮代办 pool (or rejoins it)")
            .RequireAuthorization(ApprovalPolicies.Agents);
        api.MapGet("/agents", ListAgents).WithName("ListAgents").WithSummary("The agent pool with each agent's active projects")
            .RequireAuthorization(PlatformPolicies.Admins);
        return app;
    }

    public static async Task<Results<Created<ProjectDetail>, Ok<ProjectDetail>, ProblemHttpResult>> Register(
        RegisterProjectRequest request,
        [FromHeader(Name = "Idempotency-Key")] string? idempotencyKey,
        ClaimsPrincipal principal,
        ApprovalContext db,
        ProjectRegistration registration,
        HolidayCalendar calendar,
        CancellationToken cancellationToken)
    {
        if (IdempotencyKeys.Invalid(idempotencyKey) is { } badKey)
        {
            return badKey.ToProblem();
        }
        UnifiedSocialCreditCode.TryParse(request.CreditCode, out var creditCode);
        var registered = await registration.RegisterAsync(new NewProject(
            request.Name.Trim(), creditCode!, request.FirmName.Trim(), request.InvestmentAmount!.Value, request.LandLocation.Trim(),
            request.LandAreaMu!.Value, request.IndustryCode, request.IsKeyProject, ProjectSource.Direct, request.SubItemCodes),
            PlatformUser.From(principal), idempotencyKey, cancellationToken);
        if (!registered.Succeeded)
        {
            return registered.Failure.ToProblem();
        }
        var (project, isNew, at) = registered.Value;
        var detail = await DetailAsync(db, calendar.Current, project, at, cancellationToken);
        return isNew ? TypedResults.Created($"/api/approval/projects/{project.Id}", detail) : TypedResults.Ok(detail);
    }

    public static async Task<Ok<Page<ProjectSummary>>> ListProjects(
        [AsParameters] PageRequest page, [AsParameters] ProjectQuery query, ClaimsPrincipal principal, ApprovalContext db, HolidayCalendar calendar, CancellationToken cancellationToken)
    {
        var user = PlatformUser.From(principal);
        var projects = db.Projects.AsNoTracking().VisibleTo(user, db);
        if (query.Status is { } status)
        {
            projects = projects.Where(p => p.Status == status);
        }
        if (query.KeyProject is { } key)
        {
            projects = projects.Where(p => p.IsKeyProject == key);
        }
        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var term = query.Search.Trim();
            projects = projects.Where(p => p.Name.Contains(term) || p.FirmName.Contains(term));
        }
        var count = await projects.LongCountAsync(cancellationToken);
        var items = await projects.OrderByDescending(p => p.RegisteredAt).ThenByDescending(p => p.Id)
            .Skip(page.Skip).Take(page.PageSize).ToListAsync(cancellationToken);
        return TypedResults.Ok(new Page<ProjectSummary>(page.PageIndex, page.PageSize, count, items.ConvertAll(p => ProjectSummary.From(p, calendar.Current))));
    }

    public static async Task<Results<Ok<ProjectDetail>, NotFound>> GetProject(
        Guid id, ClaimsPrincipal principal, ApprovalContext db, HolidayCalendar calendar, TimeProvider time, CancellationToken cancellationToken)
    {
        var project = await db.Projects.AsNoTracking().VisibleTo(PlatformUser.From(principal), db).FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        return project is null ? TypedResults.NotFound() : TypedResults.Ok(await DetailAsync(db, calendar.Current, project, time.GetUtcNow(), cancellationToken));
    }

    public static async Task<Results<Ok<PredictionView>, NotFound>> GetPrediction(
        Guid id, ClaimsPrincipal principal, ApprovalContext db, HolidayCalendar calendar, TimeProvider time, CancellationToken cancellationToken)
    {
        var project = await db.Projects.AsNoTracking().VisibleTo(PlatformUser.From(principal), db).FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (project is null)
        {
            return TypedResults.NotFound();
        }
        var tasks = await db.Tasks.AsNoTracking().Where(t => t.ProjectId == id).ToListAsync(cancellationToken);
        return TypedResults.Ok(PredictionView.From(project, ProjectPlanner.Predict(tasks, calendar.Current, time.GetUtcNow()), calendar.Current));
    }

    public static async Task<Results<Ok<Page<TimelineView>>, NotFound>> GetTimeline(
        Guid id, [AsParameters] PageRequest page, ClaimsPrincipal principal, ApprovalContext db, CancellationToken cancellationToken)
    {
        if (!await db.Projects.VisibleTo(PlatformUser.From(principal), db).AnyAsync(p => p.Id == id, cancellationToken))
        {
            return TypedResults.NotFound();
        }
        var entries = db.Timeline.AsNoTracking().Where(e => e.ProjectId == id);
        var count = await entries.LongCountAsync(cancellationToken);
        var items = await entries.OrderBy(e => e.Id).Skip(page.Skip).Take(page.PageSize).ToListAsync(cancellationToken);
        return TypedResults.Ok(new Page<TimelineView>(page.PageIndex, page.PageSize, count, items.ConvertAll(TimelineView.From)));
    }

    public static async Task<Results<Created<DelegationView>, NotFound, ProblemHttpResult>> GrantDelegation(
        Guid id, GrantDelegationRequest request, ClaimsPrincipal principal, ProjectAgency agency, CancellationToken cancellationToken)
    {
        var granted = await agency.GrantDelegationAsync(id, request.Scope.Trim(), PlatformUser.From(principal), cancellationToken);
        return granted.Succeeded ? TypedResults.Created($"/api/approval/projects/{granted.Value.ProjectId}", DelegationView.From(granted.Value))
            : granted.Failure.Kind == FailureKind.NotFound ? TypedResults.NotFound()
            : granted.Failure.ToProblem();
    }

    public static async Task<Results<Ok<ProjectSummary>, NotFound, ProblemHttpResult>> HandOver(
        Guid id, HandoverRequest request, ClaimsPrincipal principal, ProjectAgency agency, HolidayCalendar calendar, CancellationToken cancellationToken)
    {
        var handedOver = await agency.HandOverAsync(id, request.ToAgentSubject, request.Reason.Trim(), PlatformUser.From(principal), cancellationToken);
        return handedOver.Succeeded ? TypedResults.Ok(ProjectSummary.From(handedOver.Value, calendar.Current))
            : handedOver.Failure.Kind == FailureKind.NotFound ? TypedResults.NotFound()
            : handedOver.Failure.ToProblem();
    }

    public static async Task<Ok<AgentView>> Enrol(ClaimsPrincipal principal, ProjectAgency agency, CancellationToken cancellationToken)
    {
        var enrolment = await agency.EnrolAsync(PlatformUser.From(principal), cancellationToken);
        return TypedResults.Ok(new AgentView(enrolment.Agent.Subject, enrolment.Agent.Name, true, enrolment.ActiveProjects));
    }

    public static async Task<Ok<Page<AgentView>>> ListAgents([AsParameters] PageRequest page, ApprovalContext db, CancellationToken cancellationToken)
    {
        var agents = db.Agents.AsNoTracking();
        var count = await agents.LongCountAsync(cancellationToken);
        var items = await agents.OrderBy(a => a.EnrolledAt).ThenBy(a => a.Subject)
            .Select(a => new AgentView(a.Subject, a.Name, a.Active, db.Projects.Count(p => p.AgentSubject == a.Subject && p.Status == ProjectStatus.Active)))
            .Skip(page.Skip).Take(page.PageSize).ToListAsync(cancellationToken);
        return TypedResults.Ok(new Page<AgentView>(page.PageIndex, page.PageSize, count, items));
    }

    internal static async Task<ProjectDetail> DetailAsync(ApprovalContext db, WorkingDayCalendar calendar, Project project, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var tasks = await db.Tasks.AsNoTracking().Where(t => t.ProjectId == project.Id).OrderBy(t => t.SubItemCode).ToListAsync(cancellationToken);
        var delegation = await db.Delegations.AsNoTracking()
            .Where(d => d.ProjectId == project.Id && d.EndedAt == null && d.AgentSubject == project.AgentSubject)
            .FirstOrDefaultAsync(cancellationToken);
        var handovers = await db.Handovers.AsNoTracking().Where(h => h.ProjectId == project.Id).OrderBy(h => h.At).ToListAsync(cancellationToken);
        var views = tasks.ConvertAll(t => TaskView.From(t, calendar, now));
        var approved = tasks.Where(t => t.Status == ApprovalTaskStatus.Approved).Select(t => t.SubItemCode).ToHashSet();
        var present = tasks.Select(t => t.SubItemCode).ToHashSet();
        // Every task the applicant can act on now that still lacks materials: a first application whose prerequisites
        // are approved, an open correction notice, a rejected task awaiting its new application.
        var missing = views
            .Where(v => v.MissingMaterials.Count > 0
                && (v.Status != ApprovalTaskStatus.Draft || v.Prerequisites.All(p => !present.Contains(p) || approved.Contains(p))))
            .Select(v => new MissingItem(v.SubItemCode, v.SubItemName, v.Status, v.MissingMaterials))
            .ToList();
        return new ProjectDetail(
            ProjectSummary.From(project, calendar), project.LandLocation, project.LandAreaMu, project.CatalogueVersion,
            delegation is null ? null : DelegationView.From(delegation),
            handovers.ConvertAll(HandoverView.From), missing, views,
            PredictionView.From(project, ProjectPlanner.Predict(tasks, calendar, now), calendar));
    }
}
