using Microsoft.EntityFrameworkCore;
using Qingmeng.Contracts;
using Qingmeng.ServiceDefaults.Auditing;
using Qingmeng.ServiceDefaults.Authentication;
using Qingmeng.ServiceDefaults.Data;
using Qingmeng.ServiceDefaults.Messaging;
using Qingmeng.ServiceDefaults.Outcomes;
using Qingmeng.ServiceDefaults.Validation;
using Qingmeng.Talent.Infrastructure;
using Qingmeng.Talent.Model;
using Qingmeng.Talent.Operations;

namespace Qingmeng.Talent.Application;

/// <summary>A firm's request to certify an employee at a tier, as it gave it.</summary>
public sealed record NewCertificationRequest(string PersonName, string ResidentIdNumber, TalentTier Tier, string Basis);

/// <summary>The certification request and whether this call made it (false: an earlier call with the same key did).</summary>
public sealed record CertificationSubmission(TalentCertification Certification, bool Created);

/// <summary>
/// Talent certification (人才认定): a firm submits, an officer certifies or rejects (on the shared transition runner);
/// each audited in the same save.
/// </summary>
public static class Certifications
{
    private static readonly Failure ReviewedConcurrently =
        Failure.Conflict("status", "其他工作人员同时审核了该申请 (another officer reviewed this request at the same time)").Titled("已被他人同时审核 (Reviewed concurrently.)");

    /// <summary>Submits once per <paramref name="idempotencyKey"/>: a repeat answers with the request the first call made.</summary>
    public static async Task<Outcome<CertificationSubmission>> SubmitAsync(
        TalentContext db, NewCertificationRequest request, string? idempotencyKey, PlatformUser user, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (user.CreditCode is null)
        {
            return Failure.Forbidden("creditCode", "只有带统一社会信用代码的企业用户可以申请人才认定 (only a firm user with a credit code can request certification)")
                .Titled("令牌中没有企业 (No firm on the token.)");
        }
        if (idempotencyKey is { Length: > TalentAccess.IdempotencyKeyMaxLength })
        {
            return Failure.Invalid("Idempotency-Key", TalentAccess.IdempotencyKeyTooLong);
        }
        if (idempotencyKey is not null &&
            await db.Certifications.AsNoTracking().FirstOrDefaultAsync(c => c.SubmittedBy == user.Subject && c.IdempotencyKey == idempotencyKey, cancellationToken) is { } earlier)
        {
            return new CertificationSubmission(earlier, Created: false);
        }
        ResidentIdNumber.TryParse(request.ResidentIdNumber, out var residentId);
        var personKey = PersonKey.Of(residentId!);
        if (await db.Certifications.AnyAsync(c => c.PersonKey == personKey && c.CreditCode == user.CreditCode && c.Status == CertificationStatus.Submitted, cancellationToken))
        {
            return Failure.Conflict("residentIdNumber", "该人员已有待审核的认定申请 (a request for this person is awaiting review).").Titled("Already awaiting review.");
        }
        var certification = TalentCertification.Submit(
            user.CreditCode, request.PersonName.Trim(), personKey, PersonKey.Masked(residentId!), request.Tier, request.Basis.Trim(),
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
                ? new CertificationSubmission(winner, Created: false)
                : Failure.Conflict("Idempotency-Key", "同一幂等键的请求正在处理，请稍后重试 (a request with this Idempotency-Key is in progress; retry).").Titled("重复请求 (duplicate request).");
        }
        return new CertificationSubmission(certification, Created: true);
    }

    /// <summary>Certifies (认定) at the requested tier and stages the event the firm's other services follow.</summary>
    public static Task<Outcome<TalentCertification>> ApproveAsync(
        TalentContext db, Guid id, PlatformUser user, string? note, DateTimeOffset now, TalentOptions options, TalentMetrics metrics, ILogger logger,
        CancellationToken cancellationToken)
    {
        TalentCertified? certified = null;
        return db.RunAsync(new Transition<TalentCertification>
        {
            Find = ct => db.Certifications.FirstOrDefaultAsync(c => c.Id == id, ct),
            NotFound = NotFound(),
            Apply = (certification, _) =>
            {
                certified = certification.Certify(user.Subject, note?.Trim(), options.CertificationValidYears, now);
                return Task.FromResult(certified is null ? NotAwaitingReview(certification) : null);
            },
            Record = certification =>
            {
                db.AddIntegrationEvent(certified!, aggregateKey: certification.CreditCode);
                db.AddAudit(user, "certification.certified", "certification", certification.Id.ToString(), now);
            },
            AfterSave = certification =>
            {
                metrics.TalentCertified(certification.Tier.ToString());
                TalentLog.Certified(logger, certification.Id, certification.Tier);
            },
            ConcurrentChange = ReviewedConcurrently,
        }, cancellationToken);
    }

    public static Task<Outcome<TalentCertification>> RejectAsync(
        TalentContext db, Guid id, PlatformUser user, string note, DateTimeOffset now, CancellationToken cancellationToken) =>
        db.RunAsync(new Transition<TalentCertification>
        {
            Find = ct => db.Certifications.FirstOrDefaultAsync(c => c.Id == id, ct),
            NotFound = NotFound(),
            Apply = (certification, _) => Task.FromResult(certification.Reject(user.Subject, note.Trim(), now) ? null : NotAwaitingReview(certification)),
            Record = certification => db.AddAudit(user, "certification.rejected", "certification", certification.Id.ToString(), now),
            ConcurrentChange = ReviewedConcurrently,
        }, cancellationToken);

    private static Failure NotFound() => Failure.NotFound("id", "无此认定申请 (no such certification request).");

    private static Failure NotAwaitingReview(TalentCertification c) =>
        Failure.Conflict("status", $"该申请当前为 {c.Status}，只有已提交的申请可以审核 (the request is {c.Status}; only a Submitted request can be reviewed)")
            .Titled("不在待审核状态 (Not awaiting review.)");
}
