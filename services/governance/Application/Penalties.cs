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

/// <summary>A penalty decision as the officer writes it; the lenient rule, harm and correction only when a lenient list may apply.</summary>
public sealed record PenaltyDecision(
    string Reference, string CreditCode, PenaltyCategory Category, decimal FineAmount, DateOnly DecidedOn, string Description,
    string? LenientRuleCode, HarmLevel? Harm, bool? CorrectedInTime, decimal IllegalGainYuan);

/// <summary>What was recorded: a penalty, or a 不予处罚 decision in its place; <c>Created</c> false when it was recorded before.</summary>
public sealed record RecordedPenalty(Penalty? Penalty, LenientDecision? NoPenaltyDecision, bool Created);

/// <summary>
/// Administrative penalties, each published as <c>PenaltyRecorded</c> in the same transaction as its record, and the
/// lenient lists (包容审慎) applied first when the officer names a rule.
/// </summary>
public sealed class Penalties(GovernanceContext db, TimeProvider time)
{
    /// <summary>
    /// Records a penalty, or applies the lenient lists first when the officer names a rule: a first minor offence on the
    /// no-penalty list (首违不罚、轻微免罚) becomes a recorded 不予处罚 decision with its legal basis and no penalty; one on the
    /// reduced-penalty list is recorded as the (reduced) penalty with its lenient basis. First offence: no earlier penalty of
    /// the rule's department against the firm and no earlier lenient decision under the rule.
    /// </summary>
    public async Task<Outcome<RecordedPenalty>> RecordAsync(PenaltyDecision request, PlatformUser user, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var reference = request.Reference.Trim();
        var creditCode = request.CreditCode;
        var category = request.Category;
        var decidedOn = request.DecidedOn;
        if (decidedOn > ChinaTime.ToChinaDate(now))
        {
            return Failure.Unprocessable("decidedOn", "处罚决定日期不能晚于今天 (a penalty decision cannot be dated in the future)");
        }

        LenientRule? rule = null;
        if (!string.IsNullOrWhiteSpace(request.LenientRuleCode))
        {
            var code = request.LenientRuleCode.Trim().ToUpperInvariant();
            rule = LenientEnforcement.Rules.FirstOrDefault(r => r.Code == code);
            if (rule is null)
            {
                return Failure.Unprocessable("lenientRuleCode", $"没有包容审慎执法规则 {code}，请查阅 GET /api/governance/lenient-enforcement/rules (there is no lenient-enforcement rule {code})");
            }
            if (user.IsInRole(PlatformRoles.DepartmentOfficer) && user.DepartmentCode != rule.DepartmentCode)
            {
                return Failure.Unprocessable("lenientRuleCode", $"规则 {code} 属于 {rule.DepartmentCode} 的清单，不适用于本部门的处罚 (rule {code} is on {rule.DepartmentCode}'s list, not your department's)");
            }
            if (request.Harm is null)
            {
                return Failure.Unprocessable("harm", "适用包容审慎清单须说明危害后果 (harm is required with a lenient rule)");
            }
            if (request.CorrectedInTime is null)
            {
                return Failure.Unprocessable("correctedInTime", "适用包容审慎清单须说明是否及时改正 (correctedInTime is required with a lenient rule)");
            }
        }

        if (await FindExistingDecisionAsync(reference, creditCode, rule, decidedOn, cancellationToken) is { } existingDecision)
        {
            return existingDecision;
        }
        if (await FindExistingAsync(reference, creditCode, category, request.FineAmount, decidedOn, cancellationToken) is { } existing)
        {
            return existing;
        }

        LenientCheckResult? check = null;
        if (rule is not null)
        {
            var firstOffence = !await db.Penalties.AnyAsync(p => p.CreditCode == creditCode && p.DepartmentCode == rule.DepartmentCode, cancellationToken)
                && !await db.LenientDecisions.AnyAsync(d => d.CreditCode == creditCode && d.RuleCode == rule.Code, cancellationToken);
            check = LenientEnforcement.Check(new LenientCheckRequest(rule.Code, firstOffence, request.Harm!.Value, request.CorrectedInTime!.Value, request.IllegalGainYuan))!;
        }
        var department = user.IsInRole(PlatformRoles.DepartmentOfficer) ? user.DepartmentCode : null;
        if (rule is not null && check is { Qualifies: true, Treatment: LenientTreatment.NoPenalty })
        {
            var decision = LenientDecision.Record(reference, creditCode, rule, check, category, decidedOn, request.Description.Trim(), department, null, user.Subject, now);
            db.LenientDecisions.Add(decision);
            db.AddIntegrationEvent(
                new LenientTreatmentApplied(decision.CreditCode, decision.Reference, rule.Code, nameof(LenientTreatment.NoPenalty), department, decidedOn) { OccurredAt = now },
                aggregateKey: decision.CreditCode);
            db.AddAudit(user, "penalty.not-imposed", "lenient-decision", decision.Id.ToString(), now);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException exception) when (exception.IsUniqueViolation())
            {
                db.ChangeTracker.Clear();
                return await FindExistingDecisionAsync(reference, creditCode, rule, decidedOn, cancellationToken)
                    ?? await FindExistingAsync(reference, creditCode, category, request.FineAmount, decidedOn, cancellationToken)
                    ?? throw new InvalidOperationException("Unique violation without an existing decision.", exception);
            }
            return new RecordedPenalty(null, decision, true);
        }

        var penalty = Penalty.Record(reference, creditCode, category, request.FineAmount, decidedOn, request.Description.Trim(), department, user.Subject, now);
        db.Penalties.Add(penalty);
        db.AddIntegrationEvent(
            new PenaltyRecorded(penalty.CreditCode, penalty.Reference, penalty.Category.ToString(), penalty.FineAmount, penalty.DecidedOn) { OccurredAt = now },
            aggregateKey: penalty.CreditCode);
        db.AddAudit(user, "penalty.recorded", "penalty", penalty.Id.ToString(), now);
        if (rule is not null && check is { Qualifies: true, Treatment: LenientTreatment.ReducedPenalty })
        {
            var basis = LenientDecision.Record(penalty.Reference, penalty.CreditCode, rule, check, category, decidedOn, penalty.Description, department, penalty.Id, user.Subject, now);
            db.LenientDecisions.Add(basis);
            db.AddIntegrationEvent(
                new LenientTreatmentApplied(penalty.CreditCode, penalty.Reference, rule.Code, nameof(LenientTreatment.ReducedPenalty), department, decidedOn) { OccurredAt = now },
                aggregateKey: penalty.CreditCode);
            db.AddAudit(user, "penalty.reduced", "lenient-decision", basis.Id.ToString(), now);
        }
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (exception.IsUniqueViolation())
        {
            // Recorded meanwhile by a concurrent request: answer as for a retry.
            db.ChangeTracker.Clear();
            return await FindExistingAsync(reference, creditCode, category, request.FineAmount, decidedOn, cancellationToken)
                ?? throw new InvalidOperationException("Unique violation without an existing penalty.", exception);
        }
        return new RecordedPenalty(penalty, null, true);
    }

    /// <summary>The same decision again is the first record (nothing written); a different one under the same reference is a conflict.</summary>
    private async Task<Outcome<RecordedPenalty>?> FindExistingAsync(
        string reference, string creditCode, PenaltyCategory category, decimal fine, DateOnly decidedOn, CancellationToken cancellationToken)
    {
        var existing = await db.Penalties.AsNoTracking().FirstOrDefaultAsync(p => p.Reference == reference, cancellationToken);
        if (existing is null)
        {
            return null;
        }
        if (existing.IsSameDecision(creditCode, category, fine, decidedOn))
        {
            return new RecordedPenalty(existing, null, false);
        }
        return Failure.Conflict(
            "reference", $"处罚决定书文号 {reference} 已登记为另一项决定 (penalty reference {reference} is already recorded for a different decision)");
    }

    /// <summary>A 不予处罚 decision under the reference: the same one again is the first record; anything else is a conflict.</summary>
    private async Task<Outcome<RecordedPenalty>?> FindExistingDecisionAsync(
        string reference, string creditCode, LenientRule? rule, DateOnly decidedOn, CancellationToken cancellationToken)
    {
        var existing = await db.LenientDecisions.AsNoTracking().FirstOrDefaultAsync(d => d.Reference == reference && d.PenaltyId == null, cancellationToken);
        if (existing is null)
        {
            return null;
        }
        if (rule is not null && existing.IsSameDecision(creditCode, rule.Code, decidedOn))
        {
            return new RecordedPenalty(null, existing, false);
        }
        return Failure.Conflict(
            "reference", $"文号 {reference} 已登记为不予处罚决定 (reference {reference} is already recorded as a no-penalty decision)");
    }
}
