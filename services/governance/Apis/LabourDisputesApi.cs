using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Qingmeng.Contracts;
using Qingmeng.Governance.Application;
using Qingmeng.Governance.Infrastructure;
using Qingmeng.Governance.Infrastructure.ReferenceData;
using Qingmeng.Governance.Model;
using Qingmeng.Governance.Operations;
using Qingmeng.ServiceDefaults.Auditing;
using Qingmeng.ServiceDefaults.Authentication;
using Qingmeng.ServiceDefaults.Calendar;
using Qingmeng.ServiceDefaults.Messaging;
using Qingmeng.ServiceDefaults.Paging;
using Qingmeng.ServiceDefaults.Validation;
using Qingmeng.Governance.Model.Cases;
using Qingmeng.Governance.Model.LabourDisputes;

namespace Qingmeng.Governance.Apis;

/// <summary>劳动争议仲裁绿色通道: 5 days to accept, 45 (+15 approved) to award, 欠薪 first and handled as groups.</summary>
public static class LabourDisputesApi
{
    public static IEndpointRouteBuilder MapLabourDisputesApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/governance/labour-disputes").WithTags("Labour disputes");

        api.MapPost("/", File).WithName("FileLabourDispute")
            .WithSummary("劳动争议仲裁申请: a worker, the 人社局 window or the centre files; 欠薪 claims are flagged and grouped")
            .RequireAuthorization(GovernancePolicies.FileLabourDisputes);
        api.MapGet("/", List).WithName("ListLabourDisputes")
            .WithSummary("The disputes visible to the caller: open first, 欠薪 first, then the nearest deadline")
            .RequireAuthorization(GovernancePolicies.ReadLabourDisputes);
        api.MapGet("/{id:guid}", Get).WithName("GetLabourDispute").WithSummary("One dispute with its deadlines")
            .RequireAuthorization(GovernancePolicies.ReadLabourDisputes);
        api.MapPost("/{id:guid}/accept", Accept).WithName("AcceptLabourDispute")
            .WithSummary("受理: starts the 45-day award clock").RequireAuthorization(GovernancePolicies.ArbitrateLabourDisputes);
        api.MapPost("/{id:guid}/refuse", Refuse).WithName("RefuseLabourDispute")
            .WithSummary("不予受理 with a coded reason").RequireAuthorization(GovernancePolicies.ArbitrateLabourDisputes);
        api.MapPost("/{id:guid}/extension", RequestExtension).WithName("RequestLabourExtension")
            .WithSummary("The tribunal asks to extend the award deadline once, by at most 15 days").RequireAuthorization(GovernancePolicies.ArbitrateLabourDisputes);
        api.MapPost("/{id:guid}/extension/approve", ApproveExtension).WithName("ApproveLabourExtension")
            .WithSummary("The commission's director approves the extension: the award deadline moves").RequireAuthorization(GovernancePolicies.DecideLabourExtensions);
        api.MapPost("/{id:guid}/extension/reject", RejectExtension).WithName("RejectLabourExtension")
            .WithSummary("The commission's director rejects the extension").RequireAuthorization(GovernancePolicies.DecideLabourExtensions);
        api.MapPost("/{id:guid}/award", Award).WithName("AwardLabourDispute")
            .WithSummary("裁决 (or 调解书): ends the arbitration; the award is to be performed after the 15 days to sue").RequireAuthorization(GovernancePolicies.ArbitrateLabourDisputes);
        api.MapPost("/{id:guid}/performed", RecordPerformance).WithName("RecordLabourAwardPerformed")
            .WithSummary("履行完毕: the award was performed (a dismissed claim: in force); closes the dispute").RequireAuthorization(GovernancePolicies.ArbitrateLabourDisputes);
        api.MapPost("/{id:guid}/court-referral", HandToCourt).WithName("ReferLabourDisputeToCourt")
            .WithSummary("裁审衔接: a suit against the award or an enforcement application, handed to the court's liaison officer").RequireAuthorization(GovernancePolicies.ArbitrateLabourDisputes);
        api.MapPost("/{id:guid}/court-stages", RecordCourtStage).WithName("RecordLabourCourtStage")
            .WithSummary("快立、快审、快执、快结 in order; 快结 closes the dispute").RequireAuthorization(GovernancePolicies.ArbitrateLabourDisputes);

        var warnings = app.MapGroup("/api/governance/labour-warnings").WithTags("Labour disputes");
        warnings.MapGet("/", ListWarnings).WithName("ListLabourWarnings")
            .WithSummary("前置预警: firms over the wage-arrears, repeated-complaint or group-claim thresholds, open first").RequireAuthorization(GovernancePolicies.ReadLabourWarnings);
        warnings.MapPost("/{id:guid}/resolve", ResolveWarning).WithName("ResolveLabourWarning")
            .WithSummary("What the 定期会商 decided; the firm may be warned again for what is filed afterwards").RequireAuthorization(GovernancePolicies.ArbitrateLabourDisputes);
        return app;
    }

    public static async Task<Results<Created<LabourDisputeView>, ProblemHttpResult>> File(
        FileLabourDisputeRequest request,
        ClaimsPrincipal principal,
        GovernanceContext db,
        IOptions<GovernanceOptions> options,
        HolidayCalendar calendar,
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

        var caseId = request.CaseId;
        if (caseId is { } named)
        {
            // Named by the filer: it must be a LABOUR case about this firm; any other case is not confirmed to exist.
            if (!await db.Cases.AnyAsync(c => c.Id == named && c.ModuleCode == GovernanceCatalogue.LabourModuleCode && c.CreditCode == creditCode, cancellationToken))
            {
                return CaseProblems.From(new CaseRuleException(
                    "没有关于该被申请人的劳动保障工单 (there is no LABOUR case about this respondent with that id)", "caseId"));
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
            number, request.ApplicantName.Trim(), ResidentIdNumber.Mask(residentId), LabourAccess.ApplicantKey(residentId), phone,
            creditCode!, request.RespondentName.Trim(), request.ClaimType!.Value, request.ClaimedAmount, request.WageArrears!.Value,
            request.WorkerCount, request.Facts.Trim(), user.Subject, now, calendar.Current);
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

        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/governance/labour-disputes/{dispute.Id}", LabourDisputeView.From(dispute, user, now, calendar.Current));
    }

    public static async Task<Results<Ok<Page<LabourDisputeView>>, ValidationProblem>> List(
        [AsParameters] PageRequest page,
        [AsParameters] LabourDisputeQuery query,
        ClaimsPrincipal principal,
        GovernanceContext db,
        HolidayCalendar calendar,
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
            .OrderBy(d => d.Status == LabourDisputeStatus.Refused || d.Status == LabourDisputeStatus.Closed)
            .ThenBy(d => d.Status == LabourDisputeStatus.Awarded || d.Status == LabourDisputeStatus.InCourt)
            .ThenByDescending(d => d.WageArrears)
            .ThenBy(d => d.Status == LabourDisputeStatus.Filed ? d.AcceptanceDueAt
                : d.Status == LabourDisputeStatus.Awarded ? d.PerformanceDueAt
                : d.Status == LabourDisputeStatus.InCourt ? d.CourtStageDueAt
                : d.AwardDueAt)
            .ThenBy(d => d.Id)
            .Skip(page.Skip).Take(page.PageSize).ToListAsync(cancellationToken);
        var now = time.GetUtcNow();
        return TypedResults.Ok(new Page<LabourDisputeView>(page.PageIndex, page.PageSize, count, items.ConvertAll(d => LabourDisputeView.From(d, user, now, calendar.Current))));
    }

    /// <summary>Another person's or firm's dispute is a 404, exactly like one that does not exist.</summary>
    public static async Task<Results<Ok<LabourDisputeView>, NotFound>> Get(
        Guid id, ClaimsPrincipal principal, GovernanceContext db, HolidayCalendar calendar, TimeProvider time, CancellationToken cancellationToken)
    {
        var user = PlatformUser.From(principal);
        var found = await db.LabourDisputes.AsNoTracking().VisibleTo(user).FirstOrDefaultAsync(d => d.Id == id, cancellationToken);
        return found is null ? TypedResults.NotFound() : TypedResults.Ok(LabourDisputeView.From(found, user, time.GetUtcNow(), calendar.Current));
    }

    public static Task<Results<Ok<LabourDisputeView>, NotFound, ProblemHttpResult>> Accept(
        Guid id, ClaimsPrincipal principal, GovernanceContext db, HolidayCalendar calendar, TimeProvider time, CancellationToken cancellationToken) =>
        ApplyAsync(id, principal, db, calendar, time, "labour-dispute.accepted", (d, user, now) =>
        {
            d.Accept(user.Subject, now, calendar.Current);
            return new LabourDisputeDecided(d.Id, d.Number, d.RespondentCreditCode, true, null, d.AwardDueAt);
        }, cancellationToken);

    public static Task<Results<Ok<LabourDisputeView>, NotFound, ProblemHttpResult>> Refuse(
        Guid id, RefuseLabourDisputeRequest request, ClaimsPrincipal principal, GovernanceContext db, HolidayCalendar calendar, TimeProvider time, CancellationToken cancellationToken) =>
        ApplyAsync(id, principal, db, calendar, time, "labour-dispute.refused", (d, user, now) =>
        {
            d.Refuse(request.ReasonCode!.Value, request.Note.Trim(), user.Subject, now);
            return new LabourDisputeDecided(d.Id, d.Number, d.RespondentCreditCode, false, d.RefusalReason.ToString(), null);
        }, cancellationToken);

    public static Task<Results<Ok<LabourDisputeView>, NotFound, ProblemHttpResult>> RequestExtension(
        Guid id, LabourExtensionRequest request, ClaimsPrincipal principal, GovernanceContext db, HolidayCalendar calendar, TimeProvider time, CancellationToken cancellationToken) =>
        ApplyAsync(id, principal, db, calendar, time, "labour-dispute.extension-requested",
            (d, user, now) =>
            {
                d.RequestExtension(request.Days, request.Reason.Trim(), user.Subject, now);
                return null;
            }, cancellationToken);

    public static Task<Results<Ok<LabourDisputeView>, NotFound, ProblemHttpResult>> ApproveExtension(
        Guid id, ClaimsPrincipal principal, GovernanceContext db, HolidayCalendar calendar, TimeProvider time, CancellationToken cancellationToken) =>
        ApplyAsync(id, principal, db, calendar, time, "labour-dispute.extension-approved",
            (d, user, now) =>
            {
                d.DecideExtension(true, user.Subject, now, calendar.Current);
                return null;
            }, cancellationToken);

    public static Task<Results<Ok<LabourDisputeView>, NotFound, ProblemHttpResult>> RejectExtension(
        Guid id, ClaimsPrincipal principal, GovernanceContext db, HolidayCalendar calendar, TimeProvider time, CancellationToken cancellationToken) =>
        ApplyAsync(id, principal, db, calendar, time, "labour-dispute.extension-rejected",
            (d, user, now) =>
            {
                d.DecideExtension(false, user.Subject, now, calendar.Current);
                return null;
            }, cancellationToken);

    public static Task<Results<Ok<LabourDisputeView>, NotFound, ProblemHttpResult>> Award(
        Guid id, LabourAwardRequest request, ClaimsPrincipal principal, GovernanceContext db, IOptions<GovernanceOptions> options, HolidayCalendar calendar, TimeProvider time,
        CancellationToken cancellationToken) =>
        ApplyAsync(id, principal, db, calendar, time, "labour-dispute.awarded", (d, user, now) =>
        {
            d.Award(request.Outcome!.Value, request.AwardedAmount, request.Summary.Trim(), user.Subject, now, options.Value.LabourGreenChannel,
                calendar.Current);
            return new LabourDisputeAwarded(d.Id, d.Number, d.RespondentCreditCode, d.AwardOutcome.ToString()!, d.AwardedAmount, d.SuitDeadline!.Value,
                d.PerformanceDueAt ?? d.SuitDeadline!.Value);
        }, cancellationToken);

    public static Task<Results<Ok<LabourDisputeView>, NotFound, ProblemHttpResult>> RecordPerformance(
        Guid id, LabourPerformedRequest request, ClaimsPrincipal principal, GovernanceContext db, HolidayCalendar calendar, TimeProvider time, CancellationToken cancellationToken) =>
        ApplyAsync(id, principal, db, calendar, time, "labour-dispute.closed", (d, user, now) =>
        {
            d.RecordPerformance(request.Note.Trim(), user.Subject, now);
            return ClosedEvent(d);
        }, cancellationToken);

    public static Task<Results<Ok<LabourDisputeView>, NotFound, ProblemHttpResult>> HandToCourt(
        Guid id, LabourCourtReferralRequest request, ClaimsPrincipal principal, GovernanceContext db, IOptions<GovernanceOptions> options, HolidayCalendar calendar,
        TimeProvider time, CancellationToken cancellationToken) =>
        ApplyAsync(id, principal, db, calendar, time, "labour-dispute.handed-to-court", (d, user, now) =>
        {
            d.HandToCourt(request.Route!.Value, request.CourtName.Trim(), request.LiaisonOfficer.Trim(), user.Subject, now,
                options.Value.LabourGreenChannel, calendar.Current);
            return new LabourDisputeHandedToCourt(d.Id, d.Number, d.RespondentCreditCode, d.CourtRoute.ToString()!, d.CourtName!, d.LiaisonOfficer!, now);
        }, cancellationToken);

    public static Task<Results<Ok<LabourDisputeView>, NotFound, ProblemHttpResult>> RecordCourtStage(
        Guid id, LabourCourtStageRequest request, ClaimsPrincipal principal, GovernanceContext db, IOptions<GovernanceOptions> options, HolidayCalendar calendar,
        TimeProvider time, CancellationToken cancellationToken) =>
        ApplyAsync(id, principal, db, calendar, time, "labour-dispute.court-stage", (d, user, now) =>
        {
            d.RecordCourtStage(request.Stage!.Value, request.Note?.Trim(), user.Subject, now, options.Value.LabourGreenChannel, calendar.Current);
            return d.Status == LabourDisputeStatus.Closed ? ClosedEvent(d) : null;
        }, cancellationToken);

    private static LabourDisputeClosed ClosedEvent(LabourDispute d) =>
        new(d.Id, d.Number, d.RespondentCreditCode, d.Closure.ToString()!, d.CaseId);

    public static async Task<Results<Ok<Page<LabourWarningView>>, ValidationProblem>> ListWarnings(
        [AsParameters] PageRequest page, [AsParameters] LabourWarningQuery query, GovernanceContext db, CancellationToken cancellationToken)
    {
        var warnings = db.LabourEarlyWarnings.AsNoTracking();
        if (query.Resolved is { } resolved)
        {
            warnings = resolved ? warnings.Where(w => w.ResolvedAt != null) : warnings.Where(w => w.ResolvedAt == null);
        }
        if (query.CreditCode is { } creditCode)
        {
            var normalised = creditCode.Trim().ToUpperInvariant();
            warnings = warnings.Where(w => w.CreditCode == normalised);
        }
        var count = await warnings.LongCountAsync(cancellationToken);
        var items = await warnings.OrderBy(w => w.ResolvedAt != null).ThenByDescending(w => w.RaisedAt).ThenBy(w => w.Id)
            .Skip(page.Skip).Take(page.PageSize).ToListAsync(cancellationToken);
        return TypedResults.Ok(new Page<LabourWarningView>(page.PageIndex, page.PageSize, count, items.ConvertAll(LabourWarningView.From)));
    }

    public static async Task<Results<Ok<LabourWarningView>, NotFound, ProblemHttpResult>> ResolveWarning(
        Guid id, ResolveLabourWarningRequest request, ClaimsPrincipal principal, GovernanceContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var user = PlatformUser.From(principal);
        var warning = await db.LabourEarlyWarnings.FirstOrDefaultAsync(w => w.Id == id, cancellationToken);
        if (warning is null)
        {
            return TypedResults.NotFound();
        }
        var now = time.GetUtcNow();
        try
        {
            warning.Resolve(request.Resolution.Trim(), user.Subject, now);
        }
        catch (CaseRuleException rule)
        {
            return CaseProblems.From(rule);
        }
        db.AddAudit(user, "labour-warning.resolved", "labour-warning", warning.Id.ToString(), now);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return CaseProblems.From(new CaseRuleException("该预警已被他人处置 (the warning was resolved meanwhile)", "resolution", 409));
        }
        return TypedResults.Ok(LabourWarningView.From(warning));
    }

    /// <summary>One transition and its audit entry, saved together; an illegal one is a 409 naming the state and writes nothing.</summary>
    private static async Task<Results<Ok<LabourDisputeView>, NotFound, ProblemHttpResult>> ApplyAsync(
        Guid id, ClaimsPrincipal principal, GovernanceContext db, HolidayCalendar calendar, TimeProvider time, string auditAction,
        Func<LabourDispute, PlatformUser, DateTimeOffset, IntegrationEvent?> transition, CancellationToken cancellationToken)
    {
        var user = PlatformUser.From(principal);
        var found = await db.LabourDisputes.VisibleTo(user).FirstOrDefaultAsync(d => d.Id == id, cancellationToken);
        if (found is null)
        {
            return TypedResults.NotFound();
        }
        var now = time.GetUtcNow();
        IntegrationEvent? happened;
        try
        {
            happened = transition(found, user, now);
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
            return CaseProblems.From(rule);
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
        return TypedResults.Ok(LabourDisputeView.From(found, user, now, calendar.Current));
    }

    private static ProblemHttpResult StateConflict(string number, LabourDisputeStatus current, LabourDisputeAction? action) => TypedResults.Problem(
        title: "劳动争议案件在当前状态下不能执行此操作 (the dispute cannot do that in its current state)",
        detail: action is { } attempted
            ? $"案件 {number} 当前为 {current}，只有在 {string.Join(" 或 ", LabourDisputeLifecycle.StatesAllowing(attempted))} 状态下才能执行 {attempted} (dispute {number} is {current}; {attempted} is allowed only when it is {string.Join(" or ", LabourDisputeLifecycle.StatesAllowing(attempted))})"
            : $"案件 {number} 已被他人修改，当前为 {current} (dispute {number} was changed meanwhile and is now {current})",
        statusCode: StatusCodes.Status409Conflict,
        extensions: new Dictionary<string, object?> { ["currentState"] = current.ToString() });

    private static ProblemHttpResult CourtStageConflict(string number, LabourCourtStage current, LabourCourtStage attempted) => TypedResults.Problem(
        title: "法院绿色通道环节须依次登记 (the court stages are recorded in order)",
        detail: $"案件 {number} 当前环节为 {current}，不能登记 {attempted} (dispute {number} is at {current}; {attempted} cannot follow it)",
        statusCode: StatusCodes.Status409Conflict,
        extensions: new Dictionary<string, object?> { ["currentStage"] = current.ToString(), ["field"] = "stage" });
}
