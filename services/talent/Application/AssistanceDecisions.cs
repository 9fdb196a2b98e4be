using Microsoft.EntityFrameworkCore;
using Npgsql;
using Qingmeng.ServiceDefaults.Auditing;
using Qingmeng.ServiceDefaults.Authentication;
using Qingmeng.ServiceDefaults.Data;
using Qingmeng.ServiceDefaults.Outcomes;
using Qingmeng.Talent.Infrastructure;
using Qingmeng.Talent.Infrastructure.EntityConfigurations;
using Qingmeng.Talent.Model;
using Qingmeng.Talent.Operations;

namespace Qingmeng.Talent.Application;

/// <summary>An assistance application with the payment made on it.</summary>
public sealed record AssistancePaid(AssistanceApplication Application, AssistancePayment Payment);

/// <summary>
/// 救助/帮扶 decisions: acceptance (受理) under the type's cap and materials, approval within the household's annual cap,
/// rejection with a reason, and the one payment of an approved application.
/// </summary>
public static class AssistanceDecisions
{
    private static readonly Failure ApplicationNotFound = Failure.NotFound("id", "无此救助申请 (no such assistance application).");

    private static readonly Failure ReviewedConcurrently = Failure.Conflict("status",
            "其他工作人员同时审核了该申请 (another officer reviewed this application at the same time)")
        .Titled("已被他人同时审核 (Reviewed concurrently.)");

    /// <summary>
    /// 受理: the rules every application meets, whoever submits it: the household is in the register, the amount within
    /// the type's annual cap, every required material present (all missing ones named at once). Writes the application
    /// and its audit record in one SaveChanges; a refusal names <paramref name="householdField"/> or the field at fault.
    /// </summary>
    public static async Task<Outcome<AssistanceApplication>> SubmitAsync(
        TalentContext db, WelfareHousehold household, AssistanceType type, decimal requested, string reason, string[] materials, string householdField,
        PlatformUser user, string? idempotencyKey, DateTimeOffset now, DateOnly today, TalentMetrics metrics, CancellationToken cancellationToken)
    {
        if (household.Status != HouseholdStatus.Registered)
        {
            return Failure.Unprocessable(householdField, "该户已退出困难群众档案，不能申请救助 (the household has left the register).").Titled("不在档案中 (Not in the register.)");
        }
        var rule = AssistanceRules.For(type);
        if (requested > rule.AnnualCapPerHousehold)
        {
            return Failure.Unprocessable("requestedAmount",
                    $"{rule.Label}每户每年最高{rule.AnnualCapPerHousehold:0.##}元 (the annual cap per household is {rule.AnnualCapPerHousehold:0.##} yuan).")
                .Titled("超过年度上限 (Above the annual cap.)");
        }
        var missing = AssistanceRules.MissingMaterials(type, materials);
        if (missing.Count > 0)
        {
            return Failure.Unprocessable("materials", $"缺少材料：{string.Join("、", missing)} (missing materials: {string.Join(", ", missing)}).")
                .Titled("材料不全 (Materials missing.)");
        }
        var application = AssistanceApplication.Submit(household.Id, type, today.Year, requested, reason.Trim(), materials, user.Subject, now, idempotencyKey);
        db.AssistanceApplications.Add(application);
        db.AddAudit(user, "welfare.assistance_submitted", "assistance_application", application.Id.ToString(), now);
        await db.SaveChangesAsync(cancellationToken);
        metrics.AssistanceApplied(type.ToString());
        return application;
    }

    /// <summary>
    /// Approval reserves the amount on the household's ledger for the type and year with a conditional UPDATE
    /// (committed + amount ≤ cap) and marks the application approved (row version) in one transaction, so parallel
    /// approvals never take a household past its cap and an application is never approved twice.
    /// </summary>
    public static async Task<Outcome<AssistanceApplication>> ApproveAsync(
        TalentContext db, Guid id, decimal amount, string? note, PlatformUser user, DateTimeOffset now, ILogger logger, CancellationToken cancellationToken)
    {
        var application = await db.AssistanceApplications.FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (application is null)
        {
            return ApplicationNotFound;
        }
        if (application.Status != AssistanceStatus.Submitted)
        {
            return NotAwaitingReview(application);
        }
        if (amount > application.RequestedAmount)
        {
            return Failure.Unprocessable("amount",
                    $"批准金额不能超过申请金额{application.RequestedAmount:0.##}元 (cannot approve more than the {application.RequestedAmount:0.##} yuan requested).")
                .Titled("超过申请金额 (Above the amount requested.)");
        }
        var rule = AssistanceRules.For(application.Type);
        var type = application.Type.ToString();
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO talent.assistance_ledgers (household_id, type, year, cap, committed, approvals)
            VALUES ({application.HouseholdId}, {type}, {application.Year}, {rule.AnnualCapPerHousehold}, 0, 0)
            ON CONFLICT DO NOTHING
            """, cancellationToken);

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
                application.Approve(amount, user.Subject, note?.Trim(), now);
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
                return Failure.Unprocessable("amount",
                        $"{rule.Label}本年度该户剩余额度{left:0.##}元，不足{amount:0.##}元 (only {left:0.##} yuan of the household's {application.Year} cap is left).")
                    .Titled("已达年度上限 (Annual cap reached.)");
            }
        }
        catch (Exception ex) when (ex is DbUpdateConcurrencyException or PostgresException { SqlState: PostgresErrorCodes.CheckViolation })
        {
            return ReviewedConcurrently;
        }
        TalentLog.AssistanceApproved(logger, application.Id, application.Type, amount);
        return application;
    }

    public static Task<Outcome<AssistanceApplication>> RejectAsync(
        TalentContext db, Guid id, string reason, PlatformUser user, DateTimeOffset now, CancellationToken cancellationToken) =>
        db.RunAsync(new Transition<AssistanceApplication>
        {
            Find = ct => db.AssistanceApplications.FirstOrDefaultAsync(a => a.Id == id, ct),
            NotFound = ApplicationNotFound,
            Apply = (application, _) => Task.FromResult(application.Reject(user.Subject, reason.Trim(), now) ? null : NotAwaitingReview(application)),
            Record = application => db.AddAudit(user, "welfare.assistance_rejected", "assistance_application", application.Id.ToString(), now),
            ConcurrentChange = ReviewedConcurrently,
        }, cancellationToken);

    /// <summary>
    /// Pays an approved application once. The same reference again returns the payment already made (a retried
    /// request); another reference for a paid application, or a reference already used elsewhere, is a conflict.
    /// </summary>
    public static async Task<Outcome<AssistancePaid>> PayAsync(
        TalentContext db, Guid id, decimal amount, string reference, PlatformUser user, DateTimeOffset now, TalentMetrics metrics, ILogger logger,
        CancellationToken cancellationToken)
    {
        var application = await db.AssistanceApplications.FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (application is null)
        {
            return ApplicationNotFound;
        }
        if (application.Status == AssistanceStatus.Paid)
        {
            var earlier = await db.AssistancePayments.AsNoTracking().FirstAsync(p => p.ApplicationId == id, cancellationToken);
            return earlier.Reference == reference && earlier.Amount == amount
                ? new AssistancePaid(application, earlier)
                : WrongState("reference", $"该申请已于{earlier.PaidAt:yyyy-MM-dd}发放 (already paid under another reference or amount).", "Already paid.", application.Status);
        }
        if (application.Status != AssistanceStatus.Approved)
        {
            return WrongState("status", "只有已批准的申请才能发放 (only an approved application can be paid).", "Not approved.", application.Status);
        }
        if (amount > application.ApprovedAmount)
        {
            return Failure.Unprocessable("amount",
                    $"发放金额不能超过批准金额{application.ApprovedAmount:0.##}元 (cannot pay more than the {application.ApprovedAmount:0.##} yuan approved).")
                .Titled("超过批准金额 (Above the approved amount.)");
        }
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
                return Failure.Conflict("reference", "该支付流水号已用于其他申请 (this payment reference belongs to another application).").Titled("Reference already used.");
            }
            // A concurrent payment of the same application: the one that won stands; a retry with its reference returns it.
            var paid = await db.AssistancePayments.AsNoTracking().FirstOrDefaultAsync(p => p.ApplicationId == id, cancellationToken);
            var current = await db.AssistanceApplications.AsNoTracking().FirstAsync(a => a.Id == id, cancellationToken);
            return paid is not null && paid.Reference == reference && paid.Amount == amount
                ? new AssistancePaid(current, paid)
                : WrongState("reference", "该申请已由其他经办人发放 (another officer paid this application at the same time).", "Paid concurrently.", current.Status);
        }
        metrics.AssistancePaid(application.Type.ToString(), amount);
        TalentLog.AssistancePaid(logger, application.Id, amount);
        return new AssistancePaid(application, payment);
    }

    private static Failure NotAwaitingReview(AssistanceApplication application) => WrongState("status",
        $"该申请当前状态为{application.Status}，不能再审核 (the application is {application.Status}).", "不在待审核状态 (Not awaiting review.)", application.Status);

    /// <summary>An action the application's state does not allow: a conflict naming the field and the current state.</summary>
    private static Failure WrongState(string field, string message, string title, AssistanceStatus status) =>
        Failure.Conflict(field, message).Titled(title).With("currentState", status.ToString());
}
