using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Qingmeng.ServiceDefaults.Authentication;
using Qingmeng.ServiceDefaults.Calendar;
using Qingmeng.ServiceDefaults.Outcomes;
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
        var outcome = await Certifications.SubmitAsync(
            db, new NewCertificationRequest(request.PersonName, request.ResidentIdNumber, request.Tier!.Value, request.Basis), idempotencyKey,
            PlatformUser.From(principal), time.GetUtcNow(), cancellationToken);
        if (!outcome.Succeeded)
        {
            return outcome.Failure.Kind == FailureKind.Invalid
                ? FieldProblems.Validation(outcome.Failure.Field, outcome.Failure.Message)
                : outcome.Failure.ToProblem();
        }
        var (certification, created) = outcome.Value;
        return created
            ? TypedResults.Created($"/api/talent/certifications/{certification.Id}", CertificationView.From(certification))
            : TypedResults.Ok(CertificationView.From(certification));
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
        var outcome = await Certifications.ApproveAsync(
            db, id, PlatformUser.From(principal), request.Note, time.GetUtcNow(), options.Value, metrics, logger, cancellationToken);
        return Reviewed(outcome);
    }

    public static async Task<Results<Ok<CertificationView>, NotFound, ProblemHttpResult>> Reject(
        Guid id, RejectRequest request, ClaimsPrincipal principal, TalentContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var outcome = await Certifications.RejectAsync(db, id, PlatformUser.From(principal), request.Note, time.GetUtcNow(), cancellationToken);
        return Reviewed(outcome);
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

    private static Results<Ok<CertificationView>, NotFound, ProblemHttpResult> Reviewed(Outcome<TalentCertification> outcome)
    {
        if (!outcome.Succeeded)
        {
            return outcome.Failure.Kind == FailureKind.NotFound ? TypedResults.NotFound() : outcome.Failure.ToProblem();
        }
        return TypedResults.Ok(CertificationView.From(outcome.Value));
    }
}
