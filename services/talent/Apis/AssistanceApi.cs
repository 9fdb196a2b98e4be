using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Qingmeng.ServiceDefaults.Auditing;
using Qingmeng.ServiceDefaults.Authentication;
using Qingmeng.ServiceDefaults.Calendar;
using Qingmeng.ServiceDefaults.Problems;
using Qingmeng.ServiceDefaults.Paging;
using Qingmeng.Talent.Operations;
using Qingmeng.Talent.Application;
using Qingmeng.Talent.Infrastructure;
using Qingmeng.Talent.Infrastructure.EntityConfigurations;
using Qingmeng.Talent.Model;
using Qingmeng.ServiceDefaults.Data;

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
        var (application, refusal) = await AcceptAsync(
            household, request.Type!.Value, request.RequestedAmount!.Value, request.Reason, request.Materials, "householdId", user, null, db, time, metrics, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }
        return TypedResults.Created($"/api/talent/welfare/assistance/applications/{application!.Id}", AssistanceView.From(application, null));
    }

    /// <summary>
    /// A citizen's application for their own household. The household is the one whose head's resident ID digest is the
    /// token's (the identity service verified the number); a household id in the body is never read. The rules are the
    /// officer's (<see cref="AcceptAsync"/>); the same <c>Idempotency-Key</c> again returns the application it made.
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
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["Idempotency-Key"] = [TalentAccess.IdempotencyKeyTooLong] });
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
            var (application, refusal) = await AcceptAsync(
                household, request.Type!.Value, request.RequestedAmount!.Value, request.Reason, request.Materials, "household", user, idempotencyKey, db, time, metrics, cancellationToken);
            if (refusal is not null)
            {
                return refusal;
            }
            return TypedResults.Created(Mine, ForCitizen(AssistanceView.From(application!, null)));
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

    /// <summary>
    /// 受理: the rules every application meets, whoever submits it: the household is in the register, the amount within
    /// the type's annual cap, every required material present (all missing ones named at once). Writes the application
    /// and its audit record in one SaveChanges; a refusal names <paramref name="householdField"/> or the field at fault.
    /// </summary>
    private static async Task<(AssistanceApplication? Application, ProblemHttpResult? Refusal)> AcceptAsync(
        WelfareHousehold household, AssistanceType type, decimal requested, string reason, string[] materials, string householdField,
        PlatformUser user, string? idempotencyKey, TalentContext db, TimeProvider time, TalentMetrics metrics, CancellationToken cancellationToken)
    {
        if (household.Status != HouseholdStatus.Registered)
        {
            return (null, FieldProblems.Unprocessable(householdField, "该户已退出困难群众档案，不能申请救助 (the household has left the register).", "不在档案中 (Not in the register.)"));
        }
        var rule = AssistanceRules.For(type);
        if (requested > rule.AnnualCapPerHousehold)
        {
            return (null, FieldProblems.Unprocessable("requestedAmount", $"{rule.Label}每户每年最高{rule.AnnualCapPerHousehold:0.##}元 (the annual cap per household is {rule.AnnualCapPerHousehold:0.##} yuan).", "超过年度上限 (Above the annual cap.)"));
        }
        var missing = AssistanceRules.MissingMaterials(type, materials);
        if (missing.Count > 0)
        {
            return (null, FieldProblems.Unprocessable("materials", $"缺少材料：{string.Join("、", missing)} (missing materials: {string.Join(", ", missing)}).", "材料不全 (Materials missing.)"));
        }
        var now = time.GetUtcNow();
        var application = AssistanceApplication.Submit(household.Id, type, ChinaTime.Today(time).Year, requested, reason.Trim(), materials, user.Subject, now, idempotencyKey);
        db.AssistanceApplications.Add(application);
        db.AddAudit(user, "welfare.assistance_submitted", "assistance_application", application.Id.ToString(), now);
        await db.SaveChangesAsync(cancellationToken);
        metrics.AssistanceApplied(type.ToString());
        return (application, null);
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

    /// <summary>
    /// Approval reserves the amount on the household's ledger for the type and year with a conditional UPDATE
    /// (committed + amount ≤ cap) and marks the application approved (row version) in one transaction, so parallel
    /// approvals never take a household past its cap and an application is never approved twice.
    /// </summary>
    public static async Task<Results<Ok<AssistanceView>, NotFound, ProblemHttpResult>> Approve(
        Guid id, ApproveAssistanceRequest request, ClaimsPrincipal principal, TalentContext db, TimeProvider time,
        ILogger<AssistanceApplication> logger, CancellationToken cancellationToken)
    {
        var user = PlatformUser.From(principal);
        var application = await db.AssistanceApplications.FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (application is null)
        {
            return TypedResults.NotFound();
        }
        if (application.Status != AssistanceStatus.Submitted)
        {
            return NotAwaitingReview(application);
        }
        var amount = request.Amount!.Value;
        if (amount > application.RequestedAmount)
        {
            return FieldProblems.Unprocessable("amount", $"批准金额不能超过申请金额{application.RequestedAmount:0.##}元 (cannot approve more than the {application.RequestedAmount:0.##} yuan requested).", "超过申请金额 (Above the amount requested.)");
        }
        var rule = AssistanceRules.For(application.Type);
        var type = application.Type.ToString();
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO talent.assistance_ledgers (household_id, type, year, cap, committed, approvals)
            VALUES ({application.HouseholdId}, {type}, {application.Year}, {rule.AnnualCapPerHousehold}, 0, 0)
            ON CONFLICT DO NOTHING
            """, cancellationToken);

        var now = time.GetUtcNow();
        var strategy = db.Database.CreateExecutionStrategy();
        try
        {
            var approved = await strategy.ExecuteAsync(async ct =>
            {
                await using var transaction = await db.Database.BeginTransactionAsync(ct);
                var reserved = await db.Database.ExecuteSqlAsync($"""
                    UPDATE talent.assistance_ledgers
                       SET committed = committed + {amount}, approvals = approvals + 1
                     WHERE household_id = {application.HouseholdId} AND type = {type} AND year = {application.Year} AND committed + {amount} <= cap
                    """, ct);
                if (reserved == 0)
                {
                    await transaction.RollbackAsync(ct);
                    return false;
                }
                application.Approve(amount, user.Subject, request.Note?.Trim(), now);
                db.AddAudit(user, "welfare.assistance_approved", "assistance_application", application.Id.ToString(), now);
                await db.SaveChangesAsync(ct);
                await transaction.CommitAsync(ct);
                return true;
            }, cancellationToken);
            if (!approved)
            {
                TalentLog.AssistanceCapReached(logger, application.Id, application.Type, amount);
                var committed = await db.AssistanceLedgers.AsNoTracking()
                    .Where(l => l.HouseholdId == application.HouseholdId && l.Type == application.Type && l.Year == application.Year)
                    .Select(l => l.Committed).FirstAsync(cancellationToken);
                var left = rule.AnnualCapPerHousehold - committed;
                return FieldProblems.Unprocessable("amount", $"{rule.Label}本年度该户剩余额度{left:0.##}元，不足{amount:0.##}元 (only {left:0.##} yuan of the household's {application.Year} cap is left).", "已达年度上限 (Annual cap reached.)");
            }
        }
        catch (Exception ex) when (ex is DbUpdateConcurrencyException or PostgresException { SqlState: PostgresErrorCodes.CheckViolation })
        {
            return FieldProblems.Conflict("status", "其他工作人员同时审核了该申请 (another officer reviewed this application at the same time)", "已被他人同时审核 (Reviewed concurrently.)");
        }
        TalentLog.AssistanceApproved(logger, application.Id, application.Type, amount);
        return TypedResults.Ok(AssistanceView.From(application, null));
    }

    public static async Task<Results<Ok<AssistanceView>, NotFound, ProblemHttpResult>> Reject(
        Guid id, RejectAssistanceRequest request, ClaimsPrincipal principal, TalentContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var user = PlatformUser.From(principal);
        var application = await db.AssistanceApplications.FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (application is null)
        {
            return TypedResults.NotFound();
        }
        var now = time.GetUtcNow();
        if (!application.Reject(user.Subject, request.Reason.Trim(), now))
        {
            return NotAwaitingReview(application);
        }
        db.AddAudit(user, "welfare.assistance_rejected", "assistance_application", application.Id.ToString(), now);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return FieldProblems.Conflict("status", "其他工作人员同时审核了该申请 (another officer reviewed this application at the same time)", "已被他人同时审核 (Reviewed concurrently.)");
        }
        return TypedResults.Ok(AssistanceView.From(application, null));
    }

    /// <summary>
    /// Pays an approved application once. The same reference again returns the payment already made (a retried
    /// request); another reference for a paid application, or a reference already used elsewhere, is a 409.
    /// </summary>
    public static async Task<Results<Ok<AssistanceView>, NotFound, ProblemHttpResult>> Pay(
        Guid id, PayAssistanceRequest request, ClaimsPrincipal principal, TalentContext db, TimeProvider time, TalentMetrics metrics,
        ILogger<AssistanceApplication> logger, CancellationToken cancellationToken)
    {
        var user = PlatformUser.From(principal);
        var reference = request.Reference.Trim();
        var application = await db.AssistanceApplications.FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (application is null)
        {
            return TypedResults.NotFound();
        }
        if (application.Status == AssistanceStatus.Paid)
        {
            var earlier = await db.AssistancePayments.AsNoTracking().FirstAsync(p => p.ApplicationId == id, cancellationToken);
            return earlier.Reference == reference && earlier.Amount == request.Amount
                ? TypedResults.Ok(AssistanceView.From(application, earlier))
                : FieldProblems.Conflict("reference", $"该申请已于{earlier.PaidAt:yyyy-MM-dd}发放 (already paid under another reference or amount).", "Already paid.", [new("currentState", application.Status.ToString())]);
        }
        if (application.Status != AssistanceStatus.Approved)
        {
            return FieldProblems.Conflict("status", "只有已批准的申请才能发放 (only an approved application can be paid).", "Not approved.", [new("currentState", application.Status.ToString())]);
        }
        var amount = request.Amount!.Value;
        if (amount > application.ApprovedAmount)
        {
            return FieldProblems.Unprocessable("amount", $"发放金额不能超过批准金额{application.ApprovedAmount:0.##}元 (cannot pay more than the {application.ApprovedAmount:0.##} yuan approved).", "超过批准金额 (Above the approved amount.)");
        }
        var now = time.GetUtcNow();
        var payment = AssistancePayment.Record(application, amount, reference, user.Subject, now);
        application.MarkPaid();
        db.AssistancePayments.Add(payment);
        db.AddAudit(user, "welfare.assistance_paid", "assistance_application", application.Id.ToString(), now);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is DbUpdateConcurrencyException || (ex is DbUpdateException update && update.IsUniqueViolation()))
        {
            db.ChangeTracker.Clear();
            if (ex is DbUpdateException duplicate && duplicate.IsUniqueViolation(AssistancePaymentEntityTypeConfiguration.UniqueReference)
                && !await db.AssistancePayments.AnyAsync(p => p.ApplicationId == id && p.Reference == reference, cancellationToken))
            {
                return FieldProblems.Conflict("reference", "该支付流水号已用于其他申请 (this payment reference belongs to another application).", "Reference already used.");
            }
            // A concurrent payment of the same application: the one that won stands; a retry with its reference returns it.
            var paid = await db.AssistancePayments.AsNoTracking().FirstOrDefaultAsync(p => p.ApplicationId == id, cancellationToken);
            var current = await db.AssistanceApplications.AsNoTracking().FirstAsync(a => a.Id == id, cancellationToken);
            return paid is not null && paid.Reference == reference && paid.Amount == amount
                ? TypedResults.Ok(AssistanceView.From(current, paid))
                : FieldProblems.Conflict("reference", "该申请已由其他经办人发放 (another officer paid this application at the same time).", "Paid concurrently.", [new("currentState", current.Status.ToString())]);
        }
        metrics.AssistancePaid(application.Type.ToString(), amount);
        TalentLog.AssistancePaid(logger, application.Id, amount);
        return TypedResults.Ok(AssistanceView.From(application, payment));
    }

    private static ProblemHttpResult NotAwaitingReview(AssistanceApplication application) =>
        FieldProblems.Conflict("status", $"该申请当前状态为{application.Status}，不能再审核 (the application is {application.Status}).", "不在待审核状态 (Not awaiting review.)", [new("currentState", application.Status.ToString())]);
}
