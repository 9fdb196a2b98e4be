using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Qingmeng.Governance.Application;
using Qingmeng.Governance.Infrastructure;
using Qingmeng.Governance.Model;
using Qingmeng.ServiceDefaults.Auditing;
using Qingmeng.ServiceDefaults.Authentication;
using Qingmeng.ServiceDefaults.Calendar;
using Qingmeng.ServiceDefaults.Paging;
using Qingmeng.ServiceDefaults.Validation;

namespace Qingmeng.Governance.Apis;

/// <summary>劳动争议仲裁绿色通道: 5 days to accept, 45 (+15 approved) to award, 欠薪 first and handled as groups.</summary>
public static class LabourDisputesApi
{
    public static IEndpointRouteBuilder MapLabourDisputesApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/governance/labour-disputes").WithTags("Labour disputes");

        api.MapPost("/", File).WithName("FileLabourDispute")
            .WithSummary("劳动争议仲裁申请: a worker, the 人社局 window or the centre files; 欠薪 claims are flagged and grouped")
            .RequireAuthorization(LabourAccess.CanFile);
        api.MapGet("/", List).WithName("ListLabourDisputes")
            .WithSummary("The disputes visible to the caller: open first, 欠薪 first, then the nearest deadline")
            .RequireAuthorization(LabourAccess.CanRead);
        api.MapGet("/{id:guid}", Get).WithName("GetLabourDispute").WithSummary("One dispute with its deadlines")
            .RequireAuthorization(LabourAccess.CanRead);
        api.MapPost("/{id:guid}/accept", Accept).WithName("AcceptLabourDispute")
            .WithSummary("受理: starts the 45-day award clock").RequireAuthorization(LabourAccess.Arbitrates);
        api.MapPost("/{id:guid}/refuse", Refuse).WithName("RefuseLabourDispute")
            .WithSummary("不予受理 with a coded reason").RequireAuthorization(LabourAccess.Arbitrates);
        api.MapPost("/{id:guid}/extension", RequestExtension).WithName("RequestLabourExtension")
            .WithSummary("The tribunal asks to extend the award deadline once, by at most 15 days").RequireAuthorization(LabourAccess.Arbitrates);
        api.MapPost("/{id:guid}/extension/approve", ApproveExtension).WithName("ApproveLabourExtension")
            .WithSummary("The commission's director approves the extension: the award deadline moves").RequireAuthorization(LabourAccess.DecidesExtensions);
        api.MapPost("/{id:guid}/extension/reject", RejectExtension).WithName("RejectLabourExtension")
            .WithSummary("The commission's director rejects the extension").RequireAuthorization(LabourAccess.DecidesExtensions);
        api.MapPost("/{id:guid}/award", Award).WithName("AwardLabourDispute")
            .WithSummary("裁决 (or 调解书): ends the arbitration").RequireAuthorization(LabourAccess.Arbitrates);
        return app;
    }

    public static async Task<Results<Created<LabourDisputeView>, ProblemHttpResult>> File(
        FileLabourDisputeRequest request,
        ClaimsPrincipal principal,
        GovernanceContext db,
        IOptions<GovernanceOptions> options,
        TimeProvider time,
        CancellationToken cancellationToken)
    {
        var user = PlatformUser.From(principal);
        var now = time.GetUtcNow();
        // The attributes have validated all three; these only normalise (upper-case X, bare 11 digits, upper case).
        ResidentIdNumber.TryParse(request.ApplicantIdNumber, out var residentId, time);
        if (residentId is null)
        {
            return CaseProblems.From(new CaseRuleException(ResidentIdNumber.Validate(request.ApplicantIdNumber, time) ?? "居民身份证号码无效 (invalid resident ID)", "applicantIdNumber", 400));
        }
        UnifiedSocialCreditCode.TryParse(request.RespondentCreditCode, out var creditCode);
        string? phone = null;
        if (request.ApplicantPhone is not null)
        {
            MobileNumber.TryParse(request.ApplicantPhone, out phone);
        }

        var number = await db.NextLabourDisputeNumberAsync(now, cancellationToken);
        var dispute = LabourDispute.File(
            number, request.ApplicantName.Trim(), ResidentIdNumber.Mask(residentId), LabourAccess.ApplicantKey(residentId), phone,
            creditCode!, request.RespondentName.Trim(), request.ClaimType!.Value, request.ClaimedAmount, request.WageArrears!.Value,
            request.WorkerCount, request.Facts.Trim(), user.Subject, now, WorkingDayCalendar.ChinaMainland);
        db.LabourDisputes.Add(dispute);
        db.AddAudit(user, "labour-dispute.filed", "labour-dispute", dispute.Id.ToString(), now);

        if (dispute.WageArrears)
        {
            var settings = options.Value;
            var since = now - settings.LabourGroupWindow;
            var earlier = await db.LabourDisputes.AsNoTracking()
                .Where(d => d.RespondentCreditCode == dispute.RespondentCreditCode && d.WageArrears && d.FiledAt >= since
                    && d.Status != LabourDisputeStatus.Refused && d.Status != LabourDisputeStatus.Awarded)
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

        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/governance/labour-disputes/{dispute.Id}", LabourDisputeView.From(dispute, user, now));
    }

    public static async Task<Results<Ok<Page<LabourDisputeView>>, ValidationProblem>> List(
        [AsParameters] PageRequest page,
        [AsParameters] LabourDisputeQuery query,
        ClaimsPrincipal principal,
        GovernanceContext db,
        TimeProvider time,
        CancellationToken cancellationToken)
    {
        var user = PlatformUser.From(principal);
        var disputes = db.LabourDisputes.AsNoTracking().VisibleTo(user);
        if (query.Status is { } status)
        {
            disputes = disputes.Where(d => d.Status == status);
        }
        if (query.WageArrears is { } wageArrears)
        {
            disputes = disputes.Where(d => d.WageArrears == wageArrears);
        }
        if (query.GroupId is { } groupId)
        {
            disputes = disputes.Where(d => d.GroupId == groupId);
        }
        var count = await disputes.LongCountAsync(cancellationToken);
        var items = await disputes
            .OrderBy(d => d.Status == LabourDisputeStatus.Refused || d.Status == LabourDisputeStatus.Awarded)
            .ThenByDescending(d => d.WageArrears)
            .ThenBy(d => d.Status == LabourDisputeStatus.Filed ? d.AcceptanceDueAt : d.AwardDueAt)
            .ThenBy(d => d.Id)
            .Skip(page.Skip).Take(page.PageSize).ToListAsync(cancellationToken);
        var now = time.GetUtcNow();
        return TypedResults.Ok(new Page<LabourDisputeView>(page.PageIndex, page.PageSize, count, items.ConvertAll(d => LabourDisputeView.From(d, user, now))));
    }

    /// <summary>Another person's or firm's dispute is a 404, exactly like one that does not exist.</summary>
    public static async Task<Results<Ok<LabourDisputeView>, NotFound>> Get(
        Guid id, ClaimsPrincipal principal, GovernanceContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var user = PlatformUser.From(principal);
        var found = await db.LabourDisputes.AsNoTracking().VisibleTo(user).FirstOrDefaultAsync(d => d.Id == id, cancellationToken);
        return found is null ? TypedResults.NotFound() : TypedResults.Ok(LabourDisputeView.From(found, user, time.GetUtcNow()));
    }

    public static Task<Results<Ok<LabourDisputeView>, NotFound, ProblemHttpResult>> Accept(
        Guid id, ClaimsPrincipal principal, GovernanceContext db, TimeProvider time, CancellationToken cancellationToken) =>
        ApplyAsync(id, principal, db, time, "labour-dispute.accepted",
            (d, user, now) => d.Accept(user.Subject, now, WorkingDayCalendar.ChinaMainland), cancellationToken);

    public static Task<Results<Ok<LabourDisputeView>, NotFound, ProblemHttpResult>> Refuse(
        Guid id, RefuseLabourDisputeRequest request, ClaimsPrincipal principal, GovernanceContext db, TimeProvider time, CancellationToken cancellationToken) =>
        ApplyAsync(id, principal, db, time, "labour-dispute.refused",
            (d, user, now) => d.Refuse(request.ReasonCode!.Value, request.Note.Trim(), user.Subject, now), cancellationToken);

    public static Task<Results<Ok<LabourDisputeView>, NotFound, ProblemHttpResult>> RequestExtension(
        Guid id, LabourExtensionRequest request, ClaimsPrincipal principal, GovernanceContext db, TimeProvider time, CancellationToken cancellationToken) =>
        ApplyAsync(id, principal, db, time, "labour-dispute.extension-requested",
            (d, user, now) => d.RequestExtension(request.Days, request.Reason.Trim(), user.Subject, now), cancellationToken);

    public static Task<Results<Ok<LabourDisputeView>, NotFound, ProblemHttpResult>> ApproveExtension(
        Guid id, ClaimsPrincipal principal, GovernanceContext db, TimeProvider time, CancellationToken cancellationToken) =>
        ApplyAsync(id, principal, db, time, "labour-dispute.extension-approved",
            (d, user, now) => d.DecideExtension(true, user.Subject, now, WorkingDayCalendar.ChinaMainland), cancellationToken);

    public static Task<Results<Ok<LabourDisputeView>, NotFound, ProblemHttpResult>> RejectExtension(
        Guid id, ClaimsPrincipal principal, GovernanceContext db, TimeProvider time, CancellationToken cancellationToken) =>
        ApplyAsync(id, principal, db, time, "labour-dispute.extension-rejected",
            (d, user, now) => d.DecideExtension(false, user.Subject, now, WorkingDayCalendar.ChinaMainland), cancellationToken);

    public static Task<Results<Ok<LabourDisputeView>, NotFound, ProblemHttpResult>> Award(
        Guid id, LabourAwardRequest request, ClaimsPrincipal principal, GovernanceContext db, TimeProvider time, CancellationToken cancellationToken) =>
        ApplyAsync(id, principal, db, time, "labour-dispute.awarded",
            (d, user, now) => d.Award(request.Outcome!.Value, request.AwardedAmount, request.Summary.Trim(), user.Subject, now), cancellationToken);

    /// <summary>One transition and its audit entry, saved together; an illegal one is a 409 naming the state and writes nothing.</summary>
    private static async Task<Results<Ok<LabourDisputeView>, NotFound, ProblemHttpResult>> ApplyAsync(
        Guid id, ClaimsPrincipal principal, GovernanceContext db, TimeProvider time, string auditAction,
        Action<LabourDispute, PlatformUser, DateTimeOffset> transition, CancellationToken cancellationToken)
    {
        var user = PlatformUser.From(principal);
        var found = await db.LabourDisputes.VisibleTo(user).FirstOrDefaultAsync(d => d.Id == id, cancellationToken);
        if (found is null)
        {
            return TypedResults.NotFound();
        }
        var now = time.GetUtcNow();
        try
        {
            transition(found, user, now);
        }
        catch (IllegalLabourDisputeTransitionException illegal)
        {
            return StateConflict(found.Number, illegal.Current, illegal.Action);
        }
        catch (CaseRuleException rule)
        {
            return CaseProblems.From(rule);
        }
        db.AddAudit(user, auditAction, "labour-dispute", found.Id.ToString(), now);
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
        return TypedResults.Ok(LabourDisputeView.From(found, user, now));
    }

    private static ProblemHttpResult StateConflict(string number, LabourDisputeStatus current, LabourDisputeAction? action) => TypedResults.Problem(
        title: "劳动争议案件在当前状态下不能执行此操作 (the dispute cannot do that in its current state)",
        detail: action is { } attempted
            ? $"案件 {number} 当前为 {current}，只有在 {string.Join(" 或 ", LabourDisputeLifecycle.StatesAllowing(attempted))} 状态下才能执行 {attempted} (dispute {number} is {current}; {attempted} is allowed only when it is {string.Join(" or ", LabourDisputeLifecycle.StatesAllowing(attempted))})"
            : $"案件 {number} 已被他人修改，当前为 {current} (dispute {number} was changed meanwhile and is now {current})",
        statusCode: StatusCodes.Status409Conflict,
        extensions: new Dictionary<string, object?> { ["currentState"] = current.ToString() });
}
