using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Qingmeng.Contracts;
using Qingmeng.Governance.Infrastructure;
using Qingmeng.Governance.Model;
using Qingmeng.ServiceDefaults.Auditing;
using Qingmeng.ServiceDefaults.Authentication;
using Qingmeng.ServiceDefaults.Calendar;
using Qingmeng.ServiceDefaults.Data;
using Qingmeng.ServiceDefaults.Messaging;
using Qingmeng.ServiceDefaults.Outcomes;

namespace Qingmeng.Governance.Application;

/// <summary>
/// 信用修复: the firm applies for its own penalty with evidence; the penalising department (or an administrator)
/// verifies and grants or refuses. Only a grant repairs the penalty and stages <c>CreditRepaired</c>, saved in the same
/// transaction; a firm's own word never lifts a penalty.
/// </summary>
public sealed class CreditRepairs(GovernanceContext db, TimeProvider time)
{
    public async Task<Outcome<CreditRepairApplication>> ApplyAsync(
        string penaltyReference, IEnumerable<CreditRepairEvidence> evidence, string commitment, PlatformUser user, CancellationToken cancellationToken)
    {
        var reference = penaltyReference.Trim();
        // A firm applies only for its own penalties: another firm's answers exactly like one that does not exist.
        var penalty = user.CreditCode is { } own
            ? await db.Penalties.AsNoTracking().FirstOrDefaultAsync(p => p.Reference == reference && p.CreditCode == own, cancellationToken)
            : null;
        if (penalty is null)
        {
            return Failure.NotFound("penaltyReference", $"贵企业没有处罚决定 {reference} (your firm has no penalty {reference}).");
        }
        if (penalty.RepairedOn is { } repairedOn)
        {
            return Failure.Conflict("penaltyReference", $"处罚 {reference} 已于 {repairedOn:yyyy-MM-dd} 完成信用修复 (already repaired).");
        }
        if (await db.CreditRepairApplications.AnyAsync(a => a.PenaltyId == penalty.Id && a.Status == CreditRepairStatus.Pending, cancellationToken))
        {
            return PendingConflict(reference);
        }

        var now = time.GetUtcNow();
        // Pre-checked here so the firm does not wait for a refusal the calendar already decides; checked again at the decision.
        if (CreditRepairRules.PublicityRefusal(penalty, ChinaTime.ToChinaDate(now)) is { } notYet)
        {
            return Refused(new CreditRepairDecision(false, CreditRepairRules.EarliestRepairDate(penalty.Category, penalty.DecidedOn), [notYet]));
        }

        var application = CreditRepairApplication.Apply(penalty, evidence, commitment.Trim(), user.Subject, now);
        db.CreditRepairApplications.Add(application);
        db.AddAudit(user, "credit-repair.applied", "credit-repair", application.Id.ToString(), now);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (exception.IsUniqueViolation(GovernanceContext.PendingCreditRepairIndex))
        {
            return PendingConflict(reference);
        }
        return application;
    }

    public async Task<Outcome<CreditRepairApplication>> GrantAsync(
        Guid id, CreditRepairDeclaration declaration, string reason, PlatformUser user, CancellationToken cancellationToken)
    {
        if (await FindDecidableAsync(user, id, cancellationToken) is not { } application)
        {
            return NotFound;
        }
        if (application.Status != CreditRepairStatus.Pending)
        {
            return AlreadyDecided(application);
        }
        var penalty = await db.Penalties.SingleAsync(p => p.Id == application.PenaltyId, cancellationToken);
        if (penalty.RepairedOn is not null)
        {
            return Failure.Conflict("penaltyReference", $"处罚 {penalty.Reference} 已完成信用修复 (already repaired).");
        }

        var now = time.GetUtcNow();
        var today = ChinaTime.ToChinaDate(now);
        var decision = CreditRepairRules.Decide(penalty, declaration, today);
        if (!decision.Granted)
        {
            return Refused(decision);
        }

        application.Grant(penalty, today, user.Subject, reason.Trim(), now);
        db.AddIntegrationEvent(new CreditRepaired(penalty.CreditCode, penalty.Reference, today) { OccurredAt = now }, aggregateKey: penalty.CreditCode);
        db.AddAudit(user, "credit-repair.granted", "credit-repair", application.Id.ToString(), now);
        db.AddAudit(user, "penalty.credit-repaired", "penalty", penalty.Id.ToString(), now);
        return await SaveAsync(application, cancellationToken);
    }

    public async Task<Outcome<CreditRepairApplication>> RefuseAsync(Guid id, string reason, PlatformUser user, CancellationToken cancellationToken)
    {
        if (await FindDecidableAsync(user, id, cancellationToken) is not { } application)
        {
            return NotFound;
        }
        if (application.Status != CreditRepairStatus.Pending)
        {
            return AlreadyDecided(application);
        }
        var now = time.GetUtcNow();
        application.Refuse(user.Subject, reason.Trim(), now);
        db.AddAudit(user, "credit-repair.refused", "credit-repair", application.Id.ToString(), now);
        return await SaveAsync(application, cancellationToken);
    }

    /// <summary>The decision belongs to the penalising department; another department's officer gets a 404, as for no application.</summary>
    private Task<CreditRepairApplication?> FindDecidableAsync(PlatformUser user, Guid id, CancellationToken cancellationToken) =>
        (user.IsInRole(PlatformRoles.Admin)
            ? db.CreditRepairApplications
            : user.IsInRole(PlatformRoles.DepartmentOfficer) && user.DepartmentCode is { } department
                ? db.CreditRepairApplications.Where(a => a.DepartmentCode == department)
                : db.CreditRepairApplications.Where(_ => false))
        .FirstOrDefaultAsync(a => a.Id == id, cancellationToken);

    private async Task<Outcome<CreditRepairApplication>> SaveAsync(CreditRepairApplication application, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Failure.Conflict("id", "该申请已被他人同时处理 (the application or its penalty was decided meanwhile).");
        }
        return application;
    }

    /// <summary>Every reason the repair cannot be granted yet, by field, with the earliest date it could be.</summary>
    private static Failure Refused(CreditRepairDecision decision) =>
        Failure.Unprocessable(decision.Refusals[0].Field, string.Join("; ", decision.Refusals.Select(r => r.Reason)))
            .Titled("不能准予信用修复 (the credit repair cannot be granted).")
            .With("errors", decision.Refusals.GroupBy(r => r.Field).ToDictionary(g => g.Key, g => g.Select(r => r.Reason).ToArray()))
            .With("earliestRepairDate", decision.EarliestRepairDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

    private static Failure PendingConflict(string reference) => Failure.Conflict(
        "penaltyReference", $"处罚 {reference} 已有待审核的信用修复申请 (an application for this penalty is already pending).");

    private static Failure AlreadyDecided(CreditRepairApplication application) =>
        Failure.Conflict("id", $"该申请已处理，状态为 {application.Status} (the application was already decided).")
            .With("currentState", application.Status.ToString());

    private static readonly Failure NotFound = Failure.NotFound("id", "没有该信用修复申请 (no such credit-repair application).");
}
