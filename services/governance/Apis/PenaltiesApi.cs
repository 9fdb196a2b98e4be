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

namespace Qingmeng.Governance.Apis;

public sealed record RecordPenaltyRequest(
    [property: Required, StringLength(100, MinimumLength = 4)] string Reference,
    [property: Required, UnifiedSocialCreditCode] string CreditCode,
    [property: Required] PenaltyCategory? Category,
    [property: Range(0, 100_000_000)] decimal FineAmount,
    [property: Required] DateOnly? DecidedOn,
    [property: Required, StringLength(2000, MinimumLength = 2)] string Description);

public sealed record PenaltyQuery(string? CreditCode, bool? Repaired);

public sealed record PenaltyView(
    Guid Id, string Reference, string CreditCode, PenaltyCategory Category, decimal FineAmount, DateOnly DecidedOn, string Description,
    string? DepartmentCode, DateTimeOffset RecordedAt, int MinimumPublicityMonths, DateOnly EarliestRepairDate, DateOnly? RepairedOn)
{
    public static PenaltyView From(Penalty p) => new(
        p.Id, p.Reference, p.CreditCode, p.Category, p.FineAmount, p.DecidedOn, p.Description, p.DepartmentCode, p.RecordedAt,
        CreditRepairRules.MinimumPublicityMonths(p.Category), CreditRepairRules.EarliestRepairDate(p.Category, p.DecidedOn), p.RepairedOn);
}

/// <summary>
/// Administrative penalties, each published as <c>PenaltyRecorded</c> in the same transaction as its record; their
/// credit repair is applied for and decided in <see cref="CreditRepairsApi"/>.
/// </summary>
public static class PenaltiesApi
{

    private static readonly string[] Recorders = [PlatformRoles.DepartmentOfficer, PlatformRoles.Admin];

    private static readonly string[] Readers = [PlatformRoles.Firm, PlatformRoles.Dispatcher, PlatformRoles.DepartmentOfficer, PlatformRoles.Admin];

    public static IEndpointRouteBuilder MapPenaltiesApi(this IEndpointRouteBuilder app)
    {
        var penalties = app.MapGroup("/api/governance/penalties").WithTags("Penalties and credit repair");
        penalties.MapPost("/", Record).WithName("RecordPenalty")
            .WithSummary("Record an administrative penalty; the same reference again is answered with the first record")
            .RequireAuthorization(policy => policy.RequireRole(Recorders));
        penalties.MapGet("/", List).WithName("ListPenalties").WithSummary("Penalties, newest decision first: a firm sees only its own")
            .RequireAuthorization(policy => policy.RequireRole(Readers));
        penalties.MapGet("/{id:guid}", Get).WithName("GetPenalty").WithSummary("One penalty with its earliest credit-repair date")
            .RequireAuthorization(policy => policy.RequireRole(Readers));
        return app;
    }

    public static async Task<Results<Created<PenaltyView>, Ok<PenaltyView>, ProblemHttpResult>> Record(
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

        if (await AnswerExistingAsync(db, reference, creditCode!, category, request.FineAmount, decidedOn, cancellationToken) is { } existing)
        {
            return existing;
        }

        var penalty = Penalty.Record(reference, creditCode!, category, request.FineAmount, decidedOn, request.Description.Trim(),
            user.IsInRole(PlatformRoles.DepartmentOfficer) ? user.DepartmentCode : null, user.Subject, now);
        db.Penalties.Add(penalty);
        db.AddIntegrationEvent(
            new PenaltyRecorded(penalty.CreditCode, penalty.Reference, penalty.Category.ToString(), penalty.FineAmount, penalty.DecidedOn) { OccurredAt = now },
            aggregateKey: penalty.CreditCode);
        db.AddAudit(user, "penalty.recorded", "penalty", penalty.Id.ToString(), now);
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
    private static async Task<Results<Created<PenaltyView>, Ok<PenaltyView>, ProblemHttpResult>?> AnswerExistingAsync(
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
