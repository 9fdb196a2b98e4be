using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Qingmeng.ServiceDefaults.Auditing;
using Qingmeng.ServiceDefaults.Authentication;
using Qingmeng.ServiceDefaults.Calendar;
using Qingmeng.ServiceDefaults.Data;
using Qingmeng.ServiceDefaults.Messaging;
using Qingmeng.ServiceDefaults.Paging;
using Qingmeng.ServiceDefaults.Problems;
using Qingmeng.ServiceDefaults.Validation;
using Qingmeng.Talent.Application;
using Qingmeng.Talent.Infrastructure;
using Qingmeng.Talent.Model;
using Qingmeng.Talent.Operations;

namespace Qingmeng.Talent.Apis;

/// <summary>Talent certification (人才认定) by tier, reviewed by officers.</summary>
public static class CertificationsApi
{
    public static IEndpointRouteBuilder MapCertificationsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/talent").WithTags("Certification");

        api.MapPost("/certifications", Submit).WithName("SubmitCertification").WithSummary("A firm asks for an employee to be certified at a tier")
            .RequireAuthorization(TalentPolicies.Firms);
        api.MapGet("/certifications", List).WithName("ListCertifications").WithSummary("Certifications: a firm its own, officers all")
            .RequireAuthorization(TalentPolicies.FirmsAndOfficers);
        api.MapGet("/certifications/{id:guid}", Get).WithName("GetCertification").WithSummary("One certification")
            .RequireAuthorization(TalentPolicies.FirmsAndOfficers);
        api.MapPost("/certifications/{id:guid}/approve", Approve).WithName("ApproveCertification").WithSummary("Certify (认定) the talent at the requested tier")
            .RequireAuthorization(TalentPolicies.Officers);
        api.MapPost("/certifications/{id:guid}/reject", Reject).WithName("RejectCertification").WithSummary("Reject the request with a reason")
            .RequireAuthorization(TalentPolicies.Officers);
        api.MapGet("/firms/{creditCode}/talent-counts", CountsForFirm).WithName("FirmTalentCounts").WithSummary("A firm's current certified talents per tier")
            .RequireAuthorization(TalentPolicies.FirmsAndOfficers);
        api.MapGet("/statistics/talents", ZoneStatistics).WithName("ZoneTalentStatistics").WithSummary("Certified talents per tier and high-level talents per 10,000 residents (public)")
            .AllowAnonymous();
        return app;
    }

    public static async Task<Results<Created<CertificationView>, Ok<CertificationView>, ValidationProblem, ProblemHttpResult>> Submit(
        SubmitCertificationRequest request,
        [FromHeader(Name = "Idempotency-Key")] string? idempotencyKey,
        ClaimsPrincipal principal,
        TalentContext db,
        TimeProvider time,
        CancellationToken cancellationToken)
    {
        var user = PlatformUser.From(principal);
        if (user.CreditCode is null)
        {
            return FieldProblems.For(StatusCodes.Status403Forbidden, "creditCode", "只有带统一社会信用代码的企业用户可以申请人才认定 (only a firm user with a credit code can request certification)", "令牌中没有企业 (No firm on the token.)");
        }
        if (idempotencyKey is { Length: > TalentAccess.IdempotencyKeyMaxLength })
        {
            return FieldProblems.Validation("Idempotency-Key", TalentAccess.IdempotencyKeyTooLong);
        }
        if (idempotencyKey is not null &&
            await db.Certifications.AsNoTracking().FirstOrDefaultAsync(c => c.SubmittedBy == user.Subject && c.IdempotencyKey == idempotencyKey, cancellationToken) is { } earlier)
        {
            return TypedResults.Ok(CertificationView.From(earlier));
        }
        ResidentIdNumber.TryParse(request.ResidentIdNumber, out var residentId);
        var personKey = PersonKey.Of(residentId!);
        if (await db.Certifications.AnyAsync(c => c.PersonKey == personKey && c.CreditCode == user.CreditCode && c.Status == CertificationStatus.Submitted, cancellationToken))
        {
            return FieldProblems.Conflict("residentIdNumber", "该人员已有待审核的认定申请 (a request for this person is awaiting review).", "Already awaiting review.");
        }
        var now = time.GetUtcNow();
        var certification = TalentCertification.Submit(
            user.CreditCode, request.PersonName.Trim(), personKey, PersonKey.Masked(residentId!), request.Tier!.Value, request.Basis.Trim(),
            user.Subject, idempotencyKey, now);
        db.Certifications.Add(certification);
        db.AddAudit(user, "certification.submitted", "certification", certification.Id.ToString(), now);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (idempotencyKey is not null && ex.IsUniqueViolation())
        {
            // The same caller's same key raced us here ((submitted_by, idempotency_key) is unique): theirs is the request.
            db.ChangeTracker.Clear();
            var winner = await db.Certifications.AsNoTracking().FirstOrDefaultAsync(c => c.SubmittedBy == user.Subject && c.IdempotencyKey == idempotencyKey, cancellationToken);
            return winner is not null
                ? TypedResults.Ok(CertificationView.From(winner))
                : FieldProblems.Conflict("Idempotency-Key", "同一幂等键的请求正在处理，请稍后重试 (a request with this Idempotency-Key is in progress; retry).", "重复请求 (duplicate request).");
        }
        return TypedResults.Created($"/api/talent/certifications/{certification.Id}", CertificationView.From(certification));
    }

    public static async Task<Ok<Page<CertificationView>>> List(
        [AsParameters] PageRequest page, [AsParameters] CertificationQuery query, ClaimsPrincipal principal, TalentContext db, CancellationToken cancellationToken)
    {
        var user = PlatformUser.From(principal);
        var certifications = Visible(db.Certifications.AsNoTracking(), user);
        if (query.Status is { } status)
        {
            certifications = certifications.Where(c => c.Status == status);
        }
        if (query.Tier is { } tier)
        {
            certifications = certifications.Where(c => c.Tier == tier);
        }
        var count = await certifications.LongCountAsync(cancellationToken);
        var items = await certifications.OrderByDescending(c => c.SubmittedAt).ThenBy(c => c.Id).Skip(page.Skip).Take(page.PageSize).ToListAsync(cancellationToken);
        return TypedResults.Ok(new Page<CertificationView>(page.PageIndex, page.PageSize, count, items.ConvertAll(CertificationView.From)));
    }

    public static async Task<Results<Ok<CertificationView>, NotFound>> Get(Guid id, ClaimsPrincipal principal, TalentContext db, CancellationToken cancellationToken)
    {
        var user = PlatformUser.From(principal);
        var found = await Visible(db.Certifications.AsNoTracking(), user).FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        return found is null ? TypedResults.NotFound() : TypedResults.Ok(CertificationView.From(found));
    }

    public static async Task<Results<Ok<CertificationView>, NotFound, ProblemHttpResult>> Approve(
        Guid id, ReviewRequest request, ClaimsPrincipal principal, TalentContext db, TimeProvider time,
        IOptions<TalentOptions> options, TalentMetrics metrics, ILogger<TalentCertification> logger, CancellationToken cancellationToken)
    {
        var user = PlatformUser.From(principal);
        var certification = await db.Certifications.FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (certification is null)
        {
            return TypedResults.NotFound();
        }
        var now = time.GetUtcNow();
        var certified = certification.Certify(user.Subject, request.Note?.Trim(), options.Value.CertificationValidYears, now);
        if (certified is null)
        {
            return NotAwaitingReview(certification);
        }
        db.AddIntegrationEvent(certified, aggregateKey: certification.CreditCode);
        db.AddAudit(user, "certification.certified", "certification", certification.Id.ToString(), now);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return FieldProblems.Conflict("status", "其他工作人员同时审核了该申请 (another officer reviewed this request at the same time)", "已被他人同时审核 (Reviewed concurrently.)");
        }
        metrics.TalentCertified(certification.Tier.ToString());
        TalentLog.Certified(logger, certification.Id, certification.Tier);
        return TypedResults.Ok(CertificationView.From(certification));
    }

    public static async Task<Results<Ok<CertificationView>, NotFound, ProblemHttpResult>> Reject(
        Guid id, RejectRequest request, ClaimsPrincipal principal, TalentContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var user = PlatformUser.From(principal);
        var certification = await db.Certifications.FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (certification is null)
        {
            return TypedResults.NotFound();
        }
        var now = time.GetUtcNow();
        if (!certification.Reject(user.Subject, request.Note.Trim(), now))
        {
            return NotAwaitingReview(certification);
        }
        db.AddAudit(user, "certification.rejected", "certification", certification.Id.ToString(), now);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return FieldProblems.Conflict("status", "其他工作人员同时审核了该申请 (another officer reviewed this request at the same time)", "已被他人同时审核 (Reviewed concurrently.)");
        }
        return TypedResults.Ok(CertificationView.From(certification));
    }

    /// <summary>A firm may read only its own counts (another firm's code is a 404); officers any firm's.</summary>
    public static async Task<Results<Ok<FirmTalentCounts>, NotFound>> CountsForFirm(
        string creditCode, ClaimsPrincipal principal, TalentContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var user = PlatformUser.From(principal);
        if (!UnifiedSocialCreditCode.TryParse(creditCode, out var code) || (!user.IsOfficer() && code != user.CreditCode))
        {
            return TypedResults.NotFound();
        }
        var byTier = await CountByTierAsync(db.Certifications.Where(c => c.CreditCode == code), ChinaTime.Today(time), cancellationToken);
        return TypedResults.Ok(new FirmTalentCounts(code, byTier, byTier.Where(t => TalentTiers.IsHighLevel(t.Tier)).Sum(t => t.Count), byTier.Sum(t => t.Count)));
    }

    public static async Task<Ok<ZoneTalentStatistics>> ZoneStatistics(TalentContext db, TimeProvider time, IOptions<TalentOptions> options, CancellationToken cancellationToken)
    {
        var byTier = await CountByTierAsync(db.Certifications, ChinaTime.Today(time), cancellationToken);
        var highLevel = byTier.Where(t => TalentTiers.IsHighLevel(t.Tier)).Sum(t => t.Count);
        var population = options.Value.ZonePopulation;
        return TypedResults.Ok(new ZoneTalentStatistics(byTier, highLevel, population, Math.Round(highLevel * 10_000m / population, 1)));
    }

    private static async Task<IReadOnlyList<TierCount>> CountByTierAsync(IQueryable<TalentCertification> certifications, DateOnly today, CancellationToken cancellationToken)
    {
        var counts = await certifications
            .Where(c => c.Status == CertificationStatus.Certified && c.ValidUntil >= today)
            .GroupBy(c => c.Tier)
            .Select(g => new { Tier = g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken);
        return Enum.GetValues<TalentTier>()
            .Select(t => new TierCount(t, TalentTiers.Label(t), counts.FirstOrDefault(c => c.Tier == t)?.Count ?? 0))
            .ToList();
    }

    private static IQueryable<TalentCertification> Visible(IQueryable<TalentCertification> certifications, PlatformUser user) =>
        user.IsOfficer() ? certifications : certifications.Where(c => c.CreditCode == user.CreditCode);

    private static ProblemHttpResult NotAwaitingReview(TalentCertification c) =>
        FieldProblems.Conflict("status", $"该申请当前为 {c.Status}，只有已提交的申请可以审核 (the request is {c.Status}; only a Submitted request can be reviewed)", "不在待审核状态 (Not awaiting review.)");
}
