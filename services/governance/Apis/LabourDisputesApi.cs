using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Qingmeng.Contracts;
using Qingmeng.Governance.Application;
using Qingmeng.Governance.Infrastructure;
using Qingmeng.Governance.Model;
using Qingmeng.Governance.Operations;
using Qingmeng.ServiceDefaults.Authentication;
using Qingmeng.ServiceDefaults.Calendar;
using Qingmeng.ServiceDefaults.Outcomes;
using Qingmeng.ServiceDefaults.Paging;
using Qingmeng.ServiceDefaults.Problems;
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
        LabourArbitration arbitration,
        HolidayCalendar calendar,
        TimeProvider time,
        CancellationToken cancellationToken)
    {
        var user = PlatformUser.From(principal);
        // The attributes have validated all three; these only normalise (upper-case X, bare 11 digits, upper case).
        ResidentIdNumber.TryParse(request.ApplicantIdNumber, out var residentId, time);
        if (residentId is null)
        {
            return Failure.Invalid("applicantIdNumber", ResidentIdNumber.Validate(request.ApplicantIdNumber, time) ?? "居民身份证号码无效 (invalid resident ID)").ToProblem();
        }
        UnifiedSocialCreditCode.TryParse(request.RespondentCreditCode, out var creditCode);
        string? phone = null;
        if (request.ApplicantPhone is not null)
        {
            MobileNumber.TryParse(request.ApplicantPhone, out phone);
        }

        var outcome = await arbitration.FileAsync(
            new LabourDisputeApplication(
                request.ApplicantName, residentId, phone, creditCode!, request.RespondentName, request.ClaimType!.Value, request.ClaimedAmount,
                request.WageArrears!.Value, request.WorkerCount, request.Facts, request.CaseId),
            user, cancellationToken);
        return outcome.Succeeded
            ? TypedResults.Created($"/api/governance/labour-disputes/{outcome.Value.Id}", LabourDisputeView.From(outcome.Value, user, time.GetUtcNow(), calendar.Current))
            : outcome.Failure.ToProblem();
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
        Guid id, ClaimsPrincipal principal, LabourArbitration arbitration, HolidayCalendar calendar, TimeProvider time, CancellationToken cancellationToken) =>
        AnswerAsync(id, principal, arbitration, calendar, time, "labour-dispute.accepted", (d, user, now) =>
        {
            d.Accept(user.Subject, now, calendar.Current);
            return new LabourDisputeDecided(d.Id, d.Number, d.RespondentCreditCode, true, null, d.AwardDueAt);
        }, cancellationToken);

    public static Task<Results<Ok<LabourDisputeView>, NotFound, ProblemHttpResult>> Refuse(
        Guid id, RefuseLabourDisputeRequest request, ClaimsPrincipal principal, LabourArbitration arbitration, HolidayCalendar calendar, TimeProvider time, CancellationToken cancellationToken) =>
        AnswerAsync(id, principal, arbitration, calendar, time, "labour-dispute.refused", (d, user, now) =>
        {
            d.Refuse(request.ReasonCode!.Value, request.Note.Trim(), user.Subject, now);
            return new LabourDisputeDecided(d.Id, d.Number, d.RespondentCreditCode, false, d.RefusalReason.ToString(), null);
        }, cancellationToken);

    public static Task<Results<Ok<LabourDisputeView>, NotFound, ProblemHttpResult>> RequestExtension(
        Guid id, LabourExtensionRequest request, ClaimsPrincipal principal, LabourArbitration arbitration, HolidayCalendar calendar, TimeProvider time, CancellationToken cancellationToken) =>
        AnswerAsync(id, principal, arbitration, calendar, time, "labour-dispute.extension-requested",
            (d, user, now) =>
            {
                d.RequestExtension(request.Days, request.Reason.Trim(), user.Subject, now);
                return null;
            }, cancellationToken);

    public static Task<Results<Ok<LabourDisputeView>, NotFound, ProblemHttpResult>> ApproveExtension(
        Guid id, ClaimsPrincipal principal, LabourArbitration arbitration, HolidayCalendar calendar, TimeProvider time, CancellationToken cancellationToken) =>
        AnswerAsync(id, principal, arbitration, calendar, time, "labour-dispute.extension-approved",
            (d, user, now) =>
            {
                d.DecideExtension(true, user.Subject, now, calendar.Current);
                return null;
            }, cancellationToken);

    public static Task<Results<Ok<LabourDisputeView>, NotFound, ProblemHttpResult>> RejectExtension(
        Guid id, ClaimsPrincipal principal, LabourArbitration arbitration, HolidayCalendar calendar, TimeProvider time, CancellationToken cancellationToken) =>
        AnswerAsync(id, principal, arbitration, calendar, time, "labour-dispute.extension-rejected",
            (d, user, now) =>
            {
                d.DecideExtension(false, user.Subject, now, calendar.Current);
                return null;
            }, cancellationToken);

    public static Task<Results<Ok<LabourDisputeView>, NotFound, ProblemHttpResult>> Award(
        Guid id, LabourAwardRequest request, ClaimsPrincipal principal, LabourArbitration arbitration, IOptions<GovernanceOptions> options, HolidayCalendar calendar, TimeProvider time,
        CancellationToken cancellationToken) =>
        AnswerAsync(id, principal, arbitration, calendar, time, "labour-dispute.awarded", (d, user, now) =>
        {
            d.Award(request.Outcome!.Value, request.AwardedAmount, request.Summary.Trim(), user.Subject, now, options.Value.LabourGreenChannel,
                calendar.Current);
            return new LabourDisputeAwarded(d.Id, d.Number, d.RespondentCreditCode, d.AwardOutcome.ToString()!, d.AwardedAmount, d.SuitDeadline!.Value,
                d.PerformanceDueAt ?? d.SuitDeadline!.Value);
        }, cancellationToken);

    public static Task<Results<Ok<LabourDisputeView>, NotFound, ProblemHttpResult>> RecordPerformance(
        Guid id, LabourPerformedRequest request, ClaimsPrincipal principal, LabourArbitration arbitration, HolidayCalendar calendar, TimeProvider time, CancellationToken cancellationToken) =>
        AnswerAsync(id, principal, arbitration, calendar, time, "labour-dispute.closed", (d, user, now) =>
        {
            d.RecordPerformance(request.Note.Trim(), user.Subject, now);
            return ClosedEvent(d);
        }, cancellationToken);

    public static Task<Results<Ok<LabourDisputeView>, NotFound, ProblemHttpResult>> HandToCourt(
        Guid id, LabourCourtReferralRequest request, ClaimsPrincipal principal, LabourArbitration arbitration, IOptions<GovernanceOptions> options, HolidayCalendar calendar,
        TimeProvider time, CancellationToken cancellationToken) =>
        AnswerAsync(id, principal, arbitration, calendar, time, "labour-dispute.handed-to-court", (d, user, now) =>
        {
            d.HandToCourt(request.Route!.Value, request.CourtName.Trim(), request.LiaisonOfficer.Trim(), user.Subject, now,
                options.Value.LabourGreenChannel, calendar.Current);
            return new LabourDisputeHandedToCourt(d.Id, d.Number, d.RespondentCreditCode, d.CourtRoute.ToString()!, d.CourtName!, d.LiaisonOfficer!, now);
        }, cancellationToken);

    public static Task<Results<Ok<LabourDisputeView>, NotFound, ProblemHttpResult>> RecordCourtStage(
        Guid id, LabourCourtStageRequest request, ClaimsPrincipal principal, LabourArbitration arbitration, IOptions<GovernanceOptions> options, HolidayCalendar calendar,
        TimeProvider time, CancellationToken cancellationToken) =>
        AnswerAsync(id, principal, arbitration, calendar, time, "labour-dispute.court-stage", (d, user, now) =>
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
        Guid id, ResolveLabourWarningRequest request, ClaimsPrincipal principal, LabourArbitration arbitration, CancellationToken cancellationToken)
    {
        var outcome = await arbitration.ResolveWarningAsync(id, request.Resolution, PlatformUser.From(principal), cancellationToken);
        if (outcome.Succeeded)
        {
            return TypedResults.Ok(LabourWarningView.From(outcome.Value));
        }
        return ReferenceEquals(outcome.Failure, LabourArbitration.WarningNotFound) ? TypedResults.NotFound() : outcome.Failure.ToProblem();
    }

    private static async Task<Results<Ok<LabourDisputeView>, NotFound, ProblemHttpResult>> AnswerAsync(
        Guid id, ClaimsPrincipal principal, LabourArbitration arbitration, HolidayCalendar calendar, TimeProvider time, string auditAction,
        LabourArbitration.Step step, CancellationToken cancellationToken)
    {
        var user = PlatformUser.From(principal);
        var outcome = await arbitration.ApplyAsync(id, user, auditAction, step, cancellationToken);
        if (outcome.Succeeded)
        {
            return TypedResults.Ok(LabourDisputeView.From(outcome.Value, user, time.GetUtcNow(), calendar.Current));
        }
        return ReferenceEquals(outcome.Failure, LabourArbitration.NotFound) ? TypedResults.NotFound() : outcome.Failure.ToProblem();
    }
}
