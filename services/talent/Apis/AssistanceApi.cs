using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Qingmeng.ServiceDefaults.Authentication;
using Qingmeng.ServiceDefaults.Calendar;
using Qingmeng.ServiceDefaults.Data;
using Qingmeng.ServiceDefaults.Outcomes;
using Qingmeng.ServiceDefaults.Paging;
using Qingmeng.ServiceDefaults.Problems;
using Qingmeng.Talent.Application;
using Qingmeng.Talent.Infrastructure;
using Qingmeng.Talent.Model;
using Qingmeng.Talent.Operations;

namespace Qingmeng.Talent.Apis;

/// <summary>
/// 救助/帮扶 applications for households in the register: 生活救助, 临时救助, 医疗救助, 教育救助, 就业帮扶. Each type has an
/// annual cap per household and a list of required materials; a welfare officer approves with an amount or rejects
/// with a reason; an approved application is paid once, never above the approved amount.
/// </summary>
public static class AssistanceApi
{
    /// <summary>Where a citizen follows their applications (there is no per-application citizen route).</summary>
    private const string Mine = "/api/talent/welfare/assistance/mine";

    public static IEndpointRouteBuilder MapAssistanceApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/talent/welfare/assistance").WithTags("Worker welfare");

        api.MapGet("/types", Types).WithName("AssistanceTypes").WithSummary("The measures, their annual caps and required materials (public)")
            .AllowAnonymous();
        api.MapPost("/applications", Submit).WithName("SubmitAssistance").WithSummary("Accept (受理) an application for a registered household")
            .RequireAuthorization(TalentPolicies.WelfareOfficers);
        api.MapGet("/applications", List).WithName("ListAssistance").WithSummary("Applications; filter by household, status, type")
            .RequireAuthorization(TalentPolicies.WelfareOfficers);
        api.MapGet("/applications/{id:guid}", Get).WithName("GetAssistance").WithSummary("One application and its payment")
            .RequireAuthorization(TalentPolicies.WelfareOfficers);
        api.MapPost("/applications/{id:guid}/approve", Approve).WithName("ApproveAssistance").WithSummary("Approve with an amount within the household's annual cap")
            .RequireAuthorization(TalentPolicies.WelfareOfficers);
        api.MapPost("/applications/{id:guid}/reject", Reject).WithName("RejectAssistance").WithSummary("Reject with a reason")
            .RequireAuthorization(TalentPolicies.WelfareOfficers);
        api.MapPost("/applications/{id:guid}/payment", Pay).WithName("PayAssistance").WithSummary("Record the payment (once; the same reference again returns it)")
            .RequireAuthorization(TalentPolicies.WelfareOfficers);
        api.MapPost("/mine", ApplyForOwnHousehold).WithName("ApplyForOwnAssistance")
            .WithSummary("A citizen applies for their own household, found from the verified resident ID on the token (Idempotency-Key honoured)")
            .RequireAuthorization(TalentPolicies.Citizens);
        api.MapGet("/mine", ListOwn).WithName("MyAssistance").WithSummary("The applications of the caller's own household, newest first, with the approved amount and payment")
            .RequireAuthorization(TalentPolicies.Citizens);
        return app;
    }

    public static Ok<IReadOnlyList<AssistanceRuleView>> Types() =>
        TypedResults.Ok<IReadOnlyList<AssistanceRuleView>>(AssistanceRules.All.Select(AssistanceRuleView.From).ToList());

    public static async Task<Results<Created<AssistanceView>, ProblemHttpResult>> Submit(
        SubmitAssistanceRequest request, ClaimsPrincipal principal, TalentContext db, TimeProvider time, TalentMetrics metrics, CancellationToken cancellationToken)
    {
        var user = PlatformUser.From(principal);
        var household = await db.WelfareHouseholds.AsNoTracking().FirstOrDefaultAsync(h => h.Id == request.HouseholdId, cancellationToken);
        if (household is null)
        {
            return FieldProblems.Unprocessable("householdId", "档案中无此户 (no household with this id in the register).", "No such household.");
        }
        var outcome = await AssistanceDecisions.SubmitAsync(db,
            household, request.Type!.Value, request.RequestedAmount!.Value, request.Reason, request.Materials, "householdId", user, null,
            time.GetUtcNow(), ChinaTime.Today(time), metrics, cancellationToken);
        if (!outcome.Succeeded)
        {
            return outcome.Failure.ToProblem();
        }
        return TypedResults.Created($"/api/talent/welfare/assistance/applications/{outcome.Value.Id}", AssistanceView.From(outcome.Value, null));
    }

    /// <summary>
    /// A citizen's application for their own household. The household is the one whose head's resident ID digest is the
    /// token's (the identity service verified the number); a household id in the body is never read. The rules are the
    /// officer's (<see cref="AssistanceDecisions.SubmitAsync"/>); the same <c>Idempotency-Key</c> again returns the application it made.
    /// </summary>
    public static async Task<Results<Created<AssistanceView>, Ok<AssistanceView>, ValidationProblem, ProblemHttpResult>> ApplyForOwnHousehold(
        ApplyForOwnHouseholdRequest request,
        [FromHeader(Name = "Idempotency-Key")] string? idempotencyKey,
        ClaimsPrincipal principal,
        TalentContext db,
        TimeProvider time,
        TalentMetrics metrics,
        ILogger<AssistanceApplication> logger,
        CancellationToken cancellationToken)
    {
        var user = PlatformUser.From(principal);
        if (user.ResidentIdDigest is null)
        {
            TalentLog.NotTheCallersResidentId(logger, user.Subject, "assistance application", "no verified resident ID");
            return FieldProblems.For(StatusCodes.Status403Forbidden, "residentIdNumber", "账号未绑定经核验的居民身份证号码，实名认证后才能为本户申请救助 (the account has no verified resident ID; verify it first).", "未完成实名认证 (no verified resident ID).");
        }
        if (idempotencyKey is { Length: > TalentAccess.IdempotencyKeyMaxLength })
        {
            return FieldProblems.Validation("Idempotency-Key", TalentAccess.IdempotencyKeyTooLong);
        }
        if (idempotencyKey is not null && await FindBySubmitterKeyAsync(db, user.Subject, idempotencyKey, cancellationToken) is { } earlier)
        {
            return TypedResults.Ok(earlier);
        }
        var household = await OwnHouseholdAsync(db, user.ResidentIdDigest, cancellationToken);
        if (household is null)
        {
            return FieldProblems.For(StatusCodes.Status404NotFound, "household", "您的家庭尚未纳入困难群众档案，请先到社区或民政部门申请建档 (your household is not in the register of households in difficulty; ask your community or the civil affairs office to register it).", "未找到本户档案 (No household in the register.)");
        }
        try
        {
            var outcome = await AssistanceDecisions.SubmitAsync(db,
                household, request.Type!.Value, request.RequestedAmount!.Value, request.Reason, request.Materials, "household", user, idempotencyKey,
                time.GetUtcNow(), ChinaTime.Today(time), metrics, cancellationToken);
            if (!outcome.Succeeded)
            {
                return outcome.Failure.ToProblem();
            }
            return TypedResults.Created(Mine, ForCitizen(AssistanceView.From(outcome.Value, null)));
        }
        catch (DbUpdateException ex) when (idempotencyKey is not null && ex.IsUniqueViolation())
        {
            // The same caller's same key raced us here ((submitted_by, idempotency_key) is unique): theirs is the request.
            db.ChangeTracker.Clear();
            return await FindBySubmitterKeyAsync(db, user.Subject, idempotencyKey, cancellationToken) is { } winner
                ? TypedResults.Ok(winner)
                : FieldProblems.Conflict("Idempotency-Key", "同一幂等键的请求正在处理，请稍后重试 (a request with this Idempotency-Key is in progress; retry).", "重复请求 (duplicate request).");
        }
    }

    /// <summary>The applications of the caller's own household (those an officer accepted for it too); none when it is not in the register.</summary>
    public static async Task<Ok<Page<AssistanceView>>> ListOwn(
        [AsParameters] PageRequest page, ClaimsPrincipal principal, TalentContext db, CancellationToken cancellationToken)
    {
        var user = PlatformUser.From(principal);
        var household = user.ResidentIdDigest is null ? null : await OwnHouseholdAsync(db, user.ResidentIdDigest, cancellationToken);
        if (household is null)
        {
            return TypedResults.Ok(new Page<AssistanceView>(page.PageIndex, page.PageSize, 0, []));
        }
        var applications = db.AssistanceApplications.AsNoTracking().Where(a => a.HouseholdId == household.Id);
        var count = await applications.LongCountAsync(cancellationToken);
        var items = await applications.OrderByDescending(a => a.SubmittedAt).ThenBy(a => a.Id).Skip(page.Skip).Take(page.PageSize).ToListAsync(cancellationToken);
        var ids = items.ConvertAll(a => a.Id);
        var payments = await db.AssistancePayments.AsNoTracking().Where(p => ids.Contains(p.ApplicationId)).ToDictionaryAsync(p => p.ApplicationId, cancellationToken);
        return TypedResults.Ok(new Page<AssistanceView>(page.PageIndex, page.PageSize, count,
            items.ConvertAll(a => ForCitizen(AssistanceView.From(a, payments.GetValueOrDefault(a.Id))))));
    }

    private static Task<WelfareHousehold?> OwnHouseholdAsync(TalentContext db, string residentIdDigest, CancellationToken cancellationToken)
    {
        var digest = residentIdDigest.Trim().ToLowerInvariant();
        return db.WelfareHouseholds.AsNoTracking().FirstOrDefaultAsync(h => h.ResidentIdDigest == digest, cancellationToken);
    }

    private static async Task<AssistanceView?> FindBySubmitterKeyAsync(TalentContext db, string subject, string idempotencyKey, CancellationToken cancellationToken)
    {
        var application = await db.AssistanceApplications.AsNoTracking().FirstOrDefaultAsync(a => a.SubmittedBy == subject && a.IdempotencyKey == idempotencyKey, cancellationToken);
        if (application is null)
        {
            return null;
        }
        var payment = await db.AssistancePayments.AsNoTracking().FirstOrDefaultAsync(p => p.ApplicationId == application.Id, cancellationToken);
        return ForCitizen(AssistanceView.From(application, payment));
    }

    /// <summary>Which officer decided is the department's business; the citizen sees the decision, its amount and note.</summary>
    private static AssistanceView ForCitizen(AssistanceView view) => view with { ReviewedBy = null };

    public static async Task<Ok<Page<AssistanceView>>> List(
        [AsParameters] PageRequest page, [AsParameters] AssistanceQuery query, TalentContext db, CancellationToken cancellationToken)
    {
        var applications = db.AssistanceApplications.AsNoTracking();
        if (query.HouseholdId is { } household)
        {
            applications = applications.Where(a => a.HouseholdId == household);
        }
        if (query.Status is { } status)
        {
            applications = applications.Where(a => a.Status == status);
        }
        if (query.Type is { } type)
        {
            applications = applications.Where(a => a.Type == type);
        }
        var count = await applications.LongCountAsync(cancellationToken);
        var items = await applications.OrderByDescending(a => a.SubmittedAt).ThenBy(a => a.Id).Skip(page.Skip).Take(page.PageSize).ToListAsync(cancellationToken);
        var ids = items.ConvertAll(a => a.Id);
        var payments = await db.AssistancePayments.AsNoTracking().Where(p => ids.Contains(p.ApplicationId)).ToDictionaryAsync(p => p.ApplicationId, cancellationToken);
        return TypedResults.Ok(new Page<AssistanceView>(page.PageIndex, page.PageSize, count,
            items.ConvertAll(a => AssistanceView.From(a, payments.GetValueOrDefault(a.Id)))));
    }

    public static async Task<Results<Ok<AssistanceView>, NotFound>> Get(Guid id, TalentContext db, CancellationToken cancellationToken)
    {
        var application = await db.AssistanceApplications.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (application is null)
        {
            return TypedResults.NotFound();
        }
        var payment = await db.AssistancePayments.AsNoTracking().FirstOrDefaultAsync(p => p.ApplicationId == id, cancellationToken);
        return TypedResults.Ok(AssistanceView.From(application, payment));
    }

    public static async Task<Results<Ok<AssistanceView>, NotFound, ProblemHttpResult>> Approve(
        Guid id, ApproveAssistanceRequest request, ClaimsPrincipal principal, TalentContext db, TimeProvider time,
        ILogger<AssistanceApplication> logger, CancellationToken cancellationToken)
    {
        var outcome = await AssistanceDecisions.ApproveAsync(
            db, id, request.Amount!.Value, request.Note, PlatformUser.From(principal), time.GetUtcNow(), logger, cancellationToken);
        return Answer(outcome.Map(application => AssistanceView.From(application, null)));
    }

    public static async Task<Results<Ok<AssistanceView>, NotFound, ProblemHttpResult>> Reject(
        Guid id, RejectAssistanceRequest request, ClaimsPrincipal principal, TalentContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var outcome = await AssistanceDecisions.RejectAsync(db, id, request.Reason, PlatformUser.From(principal), time.GetUtcNow(), cancellationToken);
        return Answer(outcome.Map(application => AssistanceView.From(application, null)));
    }

    /// <summary>
    /// Pays an approved application once. The same reference again returns the payment already made (a retried
    /// request); another reference for a paid application, or a reference already used elsewhere, is a 409.
    /// </summary>
    public static async Task<Results<Ok<AssistanceView>, NotFound, ProblemHttpResult>> Pay(
        Guid id, PayAssistanceRequest request, ClaimsPrincipal principal, TalentContext db, TimeProvider time, TalentMetrics metrics,
        ILogger<AssistanceApplication> logger, CancellationToken cancellationToken)
    {
        var outcome = await AssistanceDecisions.PayAsync(
            db, id, request.Amount!.Value, request.Reference.Trim(), PlatformUser.From(principal), time.GetUtcNow(), metrics, logger, cancellationToken);
        return Answer(outcome.Map(paid => AssistanceView.From(paid.Application, paid.Payment)));
    }

    /// <summary>The application as it now stands, or the refusal; an unknown application stays a bare 404.</summary>
    private static Results<Ok<AssistanceView>, NotFound, ProblemHttpResult> Answer(Outcome<AssistanceView> outcome) =>
        outcome.Succeeded ? TypedResults.Ok(outcome.Value)
        : outcome.Failure.Kind == FailureKind.NotFound ? TypedResults.NotFound()
        : outcome.Failure.ToProblem();
}
