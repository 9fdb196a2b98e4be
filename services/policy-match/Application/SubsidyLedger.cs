using Microsoft.EntityFrameworkCore;
using Npgsql;
using Qingmeng.Contracts;

using Qingmeng.PolicyMatch.Infrastructure;
using Qingmeng.PolicyMatch.Model.Claims;
using Qingmeng.PolicyMatch.Model.Ledger;
using Qingmeng.PolicyMatch.Model.Policies;
using Qingmeng.ServiceDefaults.Auditing;
using Qingmeng.ServiceDefaults.Authentication;
using Qingmeng.ServiceDefaults.Calendar;
using Qingmeng.ServiceDefaults.Messaging;
using Qingmeng.ServiceDefaults.Data;
using Qingmeng.PolicyMatch.Operations;

namespace Qingmeng.PolicyMatch.Application;

public enum PaymentOutcome
{
    Paid,
    /// <summary>The firm was already paid under this policy for this period.</summary>
    AlreadyPaid,
    /// <summary>The envelope cannot cover the amount (额满即止).</summary>
    BudgetExhausted,
    /// <summary>The claim changed under us (another approval won), or is not payable in its state.</summary>
    Conflict,
    /// <summary>The rule gives nothing (below the first tier) or the figure it needs is unknown.</summary>
    NothingToPay,
}

public sealed record PaymentResult(PaymentOutcome Outcome, Disbursement? Disbursement);

/// <summary>
/// 资金兑现: pays a claim in one transaction — reserve the amount on the budget row with a conditional UPDATE
/// (row lock; paid + amount ≤ envelope, or nothing), record the payment (a unique index allows one per firm,
/// policy and period), mark the claim paid (row version), write <c>SubsidyDisbursed</c> to the outbox and the
/// audit entry. Any failure rolls everything back, so concurrent approvals on any replica never overspend and
/// never pay twice.
/// </summary>
public sealed class SubsidyLedger(PolicyMatchContext db, TimeProvider time, PolicyMatchMetrics telemetry, ILogger<SubsidyLedger> logger)
{
    private const string CheckViolation = "23514";

    /// <summary>Pays a claim on its <paramref name="basis"/> (the facts used with their sources, and who decided), recorded on the ledger entry.</summary>
    public async Task<PaymentResult> PayAsync(SubsidyClaim claim, decimal amount, PlatformUser by, DecisionBasis basis, string? reason, CancellationToken cancellationToken)
    {
        if (!claim.CanBePaid)
        {
            return new(PaymentOutcome.Conflict, null);
        }
        if (amount <= 0)
        {
            return new(PaymentOutcome.NothingToPay, null);
        }

        var now = time.GetUtcNow();
        var strategy = db.Database.CreateExecutionStrategy();
        try
        {
            var payment = await strategy.ExecuteAsync(async ct =>
            {
                await using var transaction = await db.Database.BeginTransactionAsync(ct);
                var reserved = await db.Database.ExecuteSqlAsync($"""
                    UPDATE policy.budget_ledgers
                       SET paid = paid + {amount}, payments = payments + 1, updated_at = {now}
                     WHERE policy_code = {claim.PolicyCode} AND period = {claim.BudgetPeriod} AND paid + {amount} <= envelope
                    """, ct);
                if (reserved == 0)
                {
                    await transaction.RollbackAsync(ct);
                    return null;
                }

                var entry = Disbursement.Payment(claim.Id, claim.PolicyCode, claim.PolicyVersion, claim.BudgetPeriod, claim.CreditCode, amount, claim.EligibleSince, by.Subject, basis, now);
                db.Disbursements.Add(entry);
                claim.MarkPaid(amount, by.Subject, basis, reason, now);
                db.AddIntegrationEvent(
                    new SubsidyDisbursed(entry.Id, claim.PolicyCode, claim.PolicyVersion, claim.CreditCode, amount, claim.BudgetPeriod) { OccurredAt = now },
                    aggregateKey: claim.PolicyCode);
                db.AddAudit(by, "subsidy.paid", "claim", claim.Id.ToString(), now);
                await db.SaveChangesAsync(ct);
                await transaction.CommitAsync(ct);
                return entry;
            }, cancellationToken);
            if (payment is null)
            {
                PolicyMatchLog.BudgetExhausted(logger, claim.PolicyCode, claim.BudgetPeriod, amount);
                return new(PaymentOutcome.BudgetExhausted, null);
            }

            PolicyMatchLog.Paid(logger, amount, claim.PolicyCode, claim.BudgetPeriod, claim.CreditCode);
            telemetry.Paid(claim.PolicyCode, amount, claim.EligibleSince is { } since ? now - since : null);
            return new(PaymentOutcome.Paid, payment);
        }
        catch (DbUpdateConcurrencyException)
        {
            Forget();
            return new(PaymentOutcome.Conflict, null);
        }
        catch (DbUpdateException exception) when (exception.IsUniqueViolation())
        {
            Forget();
            PolicyMatchLog.AlreadyPaid(logger, claim.CreditCode, claim.PolicyCode, claim.BudgetPeriod);
            return new(PaymentOutcome.AlreadyPaid, null);
        }
        catch (PostgresException exception) when (exception.SqlState == CheckViolation)
        {
            Forget();
            return new(PaymentOutcome.BudgetExhausted, null);
        }
    }

    /// <summary>
    /// A fact behind a payment was corrected and the firm no longer qualifies: record what to recover
    /// (one clawback per payment), tell the ledger, and announce <c>SubsidyClawedBack</c> through the outbox in the
    /// caller's save, so the zone scorecard takes the payment back out of the period it was paid in.
    /// </summary>
    public async Task<Disbursement?> ClawBackAsync(Disbursement payment, string reason, PlatformUser by, CancellationToken cancellationToken)
    {
        if (payment.Kind != DisbursementKind.Payment ||
            await db.Disbursements.AnyAsync(d => d.ReversesId == payment.Id, cancellationToken))
        {
            return null;
        }
        var now = time.GetUtcNow();
        var clawback = payment.Clawback(reason, by.Subject, now);
        db.Disbursements.Add(clawback);
        var ledger = await db.BudgetLedgers.FirstAsync(l => l.PolicyCode == payment.PolicyCode && l.Period == payment.Period, cancellationToken);
        ledger.RecordClawback(payment.Amount, now);
        db.AddIntegrationEvent(
            new SubsidyClawedBack(clawback.Id, payment.Id, payment.PolicyCode, payment.PolicyVersion, payment.CreditCode, payment.Amount, payment.Period,
                ChinaTime.ToChinaDate(payment.RecordedAt), reason) { OccurredAt = now },
            aggregateKey: payment.PolicyCode);
        db.AddAudit(by, "subsidy.clawback", "disbursement", payment.Id.ToString(), now);
        telemetry.ClawedBack(payment.PolicyCode, payment.Amount);
        PolicyMatchLog.ClawedBack(logger, payment.Amount, payment.PolicyCode, payment.Period);
        return clawback;
    }

    /// <summary>Opens (or resizes) the ledger for a version's budget period; false when the envelope would fall below what is paid.</summary>
    public async Task<bool> OpenAsync(string policyCode, PolicyVersion version, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var ledger = await db.BudgetLedgers.FirstOrDefaultAsync(l => l.PolicyCode == policyCode && l.Period == version.BudgetPeriod, cancellationToken);
        if (ledger is null)
        {
            db.BudgetLedgers.Add(BudgetLedger.Open(policyCode, version.BudgetPeriod, version.BudgetEnvelope, now));
            return true;
        }
        return ledger.Resize(version.BudgetEnvelope, now);
    }

    private void Forget()
    {
        foreach (var entry in db.ChangeTracker.Entries().ToList())
        {
            if (entry.State == EntityState.Added)
            {
                entry.State = EntityState.Detached;
            }
            else if (entry.State is EntityState.Modified or EntityState.Deleted)
            {
                entry.State = EntityState.Unchanged;
            }
        }
    }
}
