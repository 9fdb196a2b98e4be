using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Qingmeng.Contracts;
using Qingmeng.Governance.Application;
using Qingmeng.Governance.Infrastructure;
using Qingmeng.Governance.Model;
using Qingmeng.ServiceDefaults.Auditing;
using Qingmeng.ServiceDefaults.Authentication;
using Qingmeng.ServiceDefaults.Calendar;
using Qingmeng.ServiceDefaults.Messaging;
using Qingmeng.ServiceDefaults.Paging;
using Qingmeng.ServiceDefaults.Validation;
using Qingmeng.ServiceDefaults.Data;

using RecordPenaltyResult = Microsoft.AspNetCore.Http.HttpResults.Results<
    Microsoft.AspNetCore.Http.HttpResults.Created<Qingmeng.Governance.Apis.PenaltyView>,
    Microsoft.AspNetCore.Http.HttpResults.Ok<Qingmeng.Governance.Apis.PenaltyView>,
    Microsoft.AspNetCore.Http.HttpResults.Created<Qingmeng.Governance.Apis.LenientDecisionView>,
    Microsoft.AspNetCore.Http.HttpResults.Ok<Qingmeng.Governance.Apis.LenientDecisionView>,
    Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult>;

namespace Qingmeng.Governance.Apis;

/// <summary>
/// Administrative penalties, each published as <c>PenaltyRecorded</c> in the same transaction as its record; their
/// credit repair is applied for and decided in <see cref="CreditRepairsApi"/>.
/// </summary>
public static class PenaltiesApi
{
    public static IEndpointRouteBuilder MapPenaltiesApi(this IEndpointRouteBuilder app)
    {
        var penalties = app.MapGroup("/api/governance/penalties").WithTags("Penalties and credit repair");
        penalties.MapPost("/", Record).WithName("RecordPenalty")
            .WithSummary("Record an administrative penalty; the same reference again is answered with the first record")
            .RequireAuthorization(GovernancePolicies.DepartmentOfficersAndAdmins);
        penalties.MapGet("/", List).WithName("ListPenalties").WithSummary("Penalties, newest decision first: a firm sees only its own")
            .RequireAuthorization(GovernancePolicies.FirmsAndOfficials);
        penalties.MapGet("/{id:guid}", Get).WithName("GetPenalty").WithSummary("One penalty with its earliest credit-repair date")
            .RequireAuthorization(GovernancePolicies.FirmsAndOfficials);

        var decisions = app.MapGroup("/api/governance/lenient-decisions").WithTags("Penalties and credit repair");
        decisions.MapGet("/", ListLenientDecisions).WithName("ListLenientDecisions")
            .WithSummary("包容审慎 applied (不予处罚 and 减轻处罚 decisions), newest first: a firm sees only its own")
            .RequireAuthorization(GovernancePolicies.FirmsAndOfficials);
        decisions.MapGet("/{id:guid}", GetLenientDecision).WithName("GetLenientDecision").WithSummary("One lenient decision with its legal basis")
            .RequireAuthorization(GovernancePolicies.FirmsAndOfficials);
        return app;
    }

    /// <summary>
    /// Records a penalty, or applies the lenient lists first when the officer names a rule: a first minor offence on the
    /// no-penalty list (首违不罚、轻微免罚) becomes a recorded 不予处罚 decision with its legal basis and no penalty; one on the
    /// reduced-penalty list is recorded as the (reduced) penalty with its lenient basis. First offence: no earlier penalty of
    /// the rule's department against the firm and no earlier lenient decision under the rule.
    /// </summary>
    public static async Task<RecordPenaltyResult> Record(
        RecordPenaltyRequest request, ClaimsPrincipal principal, GovernanceContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var user = PlatformUser.From(principal);
        var now = time.GetUtcNow();
        var reference = request.Reference.Trim();
        UnifiedSocialCreditCode.TryParse(request.CreditCode, out var creditCode);
        var category = request.Category!.Value;
        var decidedOn = request.DecidedOn!.Value;
        if (decidedOn > WorkingDayCalendar.ToChinaDate(now))
        {
            return CaseProblems.From(new CaseRuleException("处罚决定日期不能晚于今天 (a penalty decision cannot be dated in the future)", "decidedOn"));
        }

        LenientRule? rule = null;
        if (!string.IsNullOrWhiteSpace(request.LenientRuleCode))
        {
            var code = request.LenientRuleCode.Trim().ToUpperInvariant();
            rule = LenientEnforcement.Rules.FirstOrDefault(r => r.Code == code);
            if (rule is null)
            {
                return CaseProblems.From(new CaseRuleException($"没有包容审慎执法规则 {code}，请查阅 GET /api/governance/lenient-enforcement/rules (there is no lenient-enforcement rule {code})", "lenientRuleCode"));
            }
            if (user.IsInRole(PlatformRoles.DepartmentOfficer) && user.DepartmentCode != rule.DepartmentCode)
            {
                return CaseProblems.From(new CaseRuleException($"规则 {code} 属于 {rule.DepartmentCode} 的清单，不适用于本部门的处罚 (rule {code} is on {rule.DepartmentCode}'s list, not your department's)", "lenientRuleCode"));
            }
            if (request.Harm is null)
            {
                return CaseProblems.From(new CaseRuleException("适用包容审慎清单须说明危害后果 (harm is required with a lenient rule)", "harm"));
            }
            if (request.CorrectedInTime is null)
            {
                return CaseProblems.From(new CaseRuleException("适用包容审慎清单须说明是否及时改正 (correctedInTime is required with a lenient rule)", "correctedInTime"));
            }
        }

        if (await AnswerExistingDecisionAsync(db, reference, creditCode!, rule, decidedOn, cancellationToken) is { } existingDecision)
        {
            return existingDecision;
        }
        if (await AnswerExistingAsync(db, reference, creditCode!, category, request.FineAmount, decidedOn, cancellationToken) is { } existing)
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
            var decision = LenientDecision.Record(reference, creditCode!, rule, check, category, decidedOn, request.Description.Trim(), department, null, user.Subject, now);
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
                return await AnswerExistingDecisionAsync(db, reference, creditCode!, rule, decidedOn, cancellationToken)
                    ?? await AnswerExistingAsync(db, reference, creditCode!, category, request.FineAmount, decidedOn, cancellationToken)
                    ?? throw new InvalidOperationException("Unique violation without an existing decision.", exception);
            }
            return TypedResults.Created($"/api/governance/lenient-decisions/{decision.Id}", LenientDecisionView.From(decision));
        }

        var penalty = Penalty.Record(reference, creditCode!, category, request.FineAmount, decidedOn, request.Description.Trim(),
            user.IsInRole(PlatformRoles.DepartmentOfficer) ? user.DepartmentCode : null, user.Subject, now);
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
            return await AnswerExistingAsync(db, reference, creditCode!, category, request.FineAmount, decidedOn, cancellationToken)
                ?? throw new InvalidOperationException("Unique violation without an existing penalty.", exception);
        }
        return TypedResults.Created($"/api/governance/penalties/{penalty.Id}", PenaltyView.From(penalty));
    }

    /// <summary>The same decision again is the first record (200, nothing written); a different one under the same reference is a 409.</summary>
    private static async Task<RecordPenaltyResult?> AnswerExistingAsync(
        GovernanceContext db, string reference, string creditCode, PenaltyCategory category, decimal fine, DateOnly decidedOn, CancellationToken cancellationToken)
    {
        var existing = await db.Penalties.AsNoTracking().FirstOrDefaultAsync(p => p.Reference == reference, cancellationToken);
        if (existing is null)
        {
            return null;
        }
        if (existing.IsSameDecision(creditCode, category, fine, decidedOn))
        {
            return TypedResults.Ok(PenaltyView.From(existing));
        }
        return CaseProblems.From(new CaseRuleException(
            $"处罚决定书文号 {reference} 已登记为另一项决定 (penalty reference {reference} is already recorded for a different decision)", "reference", StatusCodes.Status409Conflict));
    }

    /// <summary>A 不予处罚 decision under the reference: the same one again is answered 200; anything else is a 409.</summary>
    private static async Task<RecordPenaltyResult?> AnswerExistingDecisionAsync(
        GovernanceContext db, string reference, string creditCode, LenientRule? rule, DateOnly decidedOn, CancellationToken cancellationToken)
    {
        var existing = await db.LenientDecisions.AsNoTracking().FirstOrDefaultAsync(d => d.Reference == reference && d.PenaltyId == null, cancellationToken);
        if (existing is null)
        {
            return null;
        }
        if (rule is not null && existing.IsSameDecision(creditCode, rule.Code, decidedOn))
        {
            return TypedResults.Ok(LenientDecisionView.From(existing));
        }
        return CaseProblems.From(new CaseRuleException(
            $"文号 {reference} 已登记为不予处罚决定 (reference {reference} is already recorded as a no-penalty decision)", "reference", StatusCodes.Status409Conflict));
    }

    public static async Task<Results<Ok<Page<LenientDecisionView>>, ValidationProblem>> ListLenientDecisions(
        [AsParameters] PageRequest page, [AsParameters] LenientDecisionQuery query, ClaimsPrincipal principal, GovernanceContext db, CancellationToken cancellationToken)
    {
        var decisions = VisibleTo(db.LenientDecisions.AsNoTracking(), PlatformUser.From(principal));
        if (!string.IsNullOrWhiteSpace(query.CreditCode))
        {
            var code = query.CreditCode.Trim().ToUpperInvariant();
            decisions = decisions.Where(d => d.CreditCode == code);
        }
        var count = await decisions.LongCountAsync(cancellationToken);
        var items = await decisions.OrderByDescending(d => d.DecidedOn).ThenByDescending(d => d.Id)
            .Skip(page.Skip).Take(page.PageSize).ToListAsync(cancellationToken);
        return TypedResults.Ok(new Page<LenientDecisionView>(page.PageIndex, page.PageSize, count, items.ConvertAll(LenientDecisionView.From)));
    }

    public static async Task<Results<Ok<LenientDecisionView>, NotFound>> GetLenientDecision(
        Guid id, ClaimsPrincipal principal, GovernanceContext db, CancellationToken cancellationToken)
    {
        var found = await VisibleTo(db.LenientDecisions.AsNoTracking(), PlatformUser.From(principal)).FirstOrDefaultAsync(d => d.Id == id, cancellationToken);
        return found is null ? TypedResults.NotFound() : TypedResults.Ok(LenientDecisionView.From(found));
    }

    private static IQueryable<LenientDecision> VisibleTo(IQueryable<LenientDecision> decisions, PlatformUser user) =>
        user.IsInAnyRole(PlatformRoles.Dispatcher, PlatformRoles.DepartmentOfficer, PlatformRoles.Admin)
            ? decisions
            : user.IsInRole(PlatformRoles.Firm) && user.CreditCode is { } creditCode
                ? decisions.Where(d => d.CreditCode == creditCode)
                : decisions.Where(_ => false);

    public static async Task<Results<Ok<Page<PenaltyView>>, ValidationProblem>> List(
        [AsParameters] PageRequest page, [AsParameters] PenaltyQuery query, ClaimsPrincipal principal, GovernanceContext db, CancellationToken cancellationToken)
    {
        var user = PlatformUser.From(principal);
        var penalties = VisibleTo(db.Penalties.AsNoTracking(), user);
        if (!string.IsNullOrWhiteSpace(query.CreditCode))
        {
            var code = query.CreditCode.Trim().ToUpperInvariant();
            penalties = penalties.Where(p => p.CreditCode == code);
        }
        if (query.Repaired is { } repaired)
        {
            penalties = repaired ? penalties.Where(p => p.RepairedOn != null) : penalties.Where(p => p.RepairedOn == null);
        }
        var count = await penalties.LongCountAsync(cancellationToken);
        var items = await penalties.OrderByDescending(p => p.DecidedOn).ThenByDescending(p => p.Id)
            .Skip(page.Skip).Take(page.PageSize).ToListAsync(cancellationToken);
        return TypedResults.Ok(new Page<PenaltyView>(page.PageIndex, page.PageSize, count, items.ConvertAll(PenaltyView.From)));
    }

    public static async Task<Results<Ok<PenaltyView>, NotFound>> Get(Guid id, ClaimsPrincipal principal, GovernanceContext db, CancellationToken cancellationToken)
    {
        var found = await VisibleTo(db.Penalties.AsNoTracking(), PlatformUser.From(principal)).FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        return found is null ? TypedResults.NotFound() : TypedResults.Ok(PenaltyView.From(found));
    }

    /// <summary>A firm sees its own penalties; officers, the centre and administrators see all (they are public information).</summary>
    private static IQueryable<Penalty> VisibleTo(IQueryable<Penalty> penalties, PlatformUser user) =>
        user.IsInAnyRole(PlatformRoles.Dispatcher, PlatformRoles.DepartmentOfficer, PlatformRoles.Admin)
            ? penalties
            : user.IsInRole(PlatformRoles.Firm) && user.CreditCode is { } creditCode
                ? penalties.Where(p => p.CreditCode == creditCode)
                : penalties.Where(_ => false);
}
