using Microsoft.EntityFrameworkCore;
using Qingmeng.Contracts;
using Qingmeng.PolicyMatch.Infrastructure;
using Qingmeng.PolicyMatch.Infrastructure.DemoData;
using Qingmeng.PolicyMatch.Infrastructure.EntityConfigurations;
using Qingmeng.PolicyMatch.Model.Claims;
using Qingmeng.PolicyMatch.Model.Guidance;
using Qingmeng.PolicyMatch.Model.Policies;
using Qingmeng.PolicyMatch.Operations;
using Qingmeng.ServiceDefaults.Auditing;
using Qingmeng.ServiceDefaults.Authentication;
using Qingmeng.ServiceDefaults.Calendar;
using Qingmeng.ServiceDefaults.Data;
using Qingmeng.ServiceDefaults.Messaging;
using Qingmeng.ServiceDefaults.Outcomes;
using Qingmeng.ServiceDefaults.Validation;

namespace Qingmeng.PolicyMatch.Application;

/// <summary>
/// 申报辅导: records that an officer guided a firm to apply for a published policy's funds, audited, with
/// <see cref="ApplicationGuided"/> staged in the outbox in the same save; lists and measures the guidance.
/// </summary>
public sealed class ApplicationGuidanceService(PolicyMatchContext db, PolicyMatchMetrics telemetry, TimeProvider time) : IGuidanceRecorder
{
    /// <summary>The earliest year the metric and the listing answer for (the platform's demo history starts in 2023).</summary>
    public const int FirstYear = 2000;

    public async Task<Outcome<GuidanceRecorded>> GuideAsync(GuidanceEntry entry, string? idempotencyKey, PlatformUser officer, CancellationToken cancellationToken)
    {
        if (idempotencyKey is not null && await FindByKeyAsync(officer, idempotencyKey, cancellationToken) is { } earlier)
        {
            return new GuidanceRecorded(earlier, Created: false);
        }
        if (!UnifiedSocialCreditCode.TryParse(entry.CreditCode, out var creditCode))
        {
            return Failure.Invalid("creditCode", UnifiedSocialCreditCode.Validate(entry.CreditCode) ?? "统一社会信用代码无效 (invalid credit code)");
        }
        var now = time.GetUtcNow();
        var today = ChinaTime.ToChinaDate(now);
        if (entry.GuidedOn > today)
        {
            return Failure.Invalid("guidedOn", $"辅导日期不能晚于今天（{today:yyyy-MM-dd}） (the guidance cannot be dated after today)");
        }
        if (entry.GuidedOn.Year < FirstYear)
        {
            return Failure.Invalid("guidedOn", $"辅导日期不能早于{FirstYear}年 (the guidance cannot be dated before {FirstYear})");
        }
        if (!await db.Profiles.AnyAsync(p => p.CreditCode == creditCode, cancellationToken))
        {
            return Failure.Unprocessable("creditCode", $"企业 {creditCode} 不在企业名录中 (the firm is not in the register)");
        }
        if (!await db.Policies.AnyAsync(p => p.Code == entry.PolicyCode && p.Versions.Any(v => v.Status == PolicyVersionStatus.Published), cancellationToken))
        {
            return Failure.Unprocessable("policyCode", $"政策 {entry.PolicyCode} 不存在或未发布 (no published policy has this code)");
        }
        if (await db.Guidance.AnyAsync(g => g.CreditCode == creditCode && g.PolicyCode == entry.PolicyCode && g.Year == entry.GuidedOn.Year, cancellationToken))
        {
            return AlreadyGuided(creditCode, entry.PolicyCode, entry.GuidedOn.Year);
        }

        var claimId = await db.Claims.AsNoTracking()
            .Where(c => c.CreditCode == creditCode && c.PolicyCode == entry.PolicyCode)
            .OrderByDescending(c => c.CreatedAt).Select(c => (Guid?)c.Id).FirstOrDefaultAsync(cancellationToken);
        var notes = string.IsNullOrWhiteSpace(entry.Notes) ? null : entry.Notes.Trim();
        var guidance = ApplicationGuidance.Record(creditCode, entry.PolicyCode, entry.GuidedOn, officer.Subject, officer.Name ?? officer.Subject, notes, claimId, idempotencyKey, now);
        db.Guidance.Add(guidance);
        db.AddAudit(officer, "guidance.recorded", "guidance", guidance.Id.ToString(), now);
        // The event is dated on the day of the guidance, so a yearly count puts a late entry in its own year.
        var occurredAt = entry.GuidedOn == today ? now : ChinaTime.At(entry.GuidedOn, new TimeOnly(12, 0));
        db.AddIntegrationEvent(new ApplicationGuided(guidance.Id, creditCode, entry.PolicyCode, entry.GuidedOn) { OccurredAt = occurredAt }, aggregateKey: creditCode);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (exception.IsUniqueViolation())
        {
            db.ChangeTracker.Clear();
            // The same key sent twice at once: the one that won is the answer to both.
            if (idempotencyKey is not null && await FindByKeyAsync(officer, idempotencyKey, cancellationToken) is { } winner)
            {
                return new GuidanceRecorded(winner, Created: false);
            }
            if (exception.IsUniqueViolation(ApplicationGuidanceEntityTypeConfiguration.OncePerFirmPolicyAndYear))
            {
                return AlreadyGuided(creditCode, entry.PolicyCode, entry.GuidedOn.Year);
            }
            throw;
        }
        telemetry.Guided();
        return new GuidanceRecorded(guidance, Created: true);
    }

    async Task<bool> IGuidanceRecorder.GuideAsync(string creditCode, string policyCode, DateOnly guidedOn, string notes, PlatformUser officer, CancellationToken cancellationToken) =>
        (await GuideAsync(new GuidanceEntry(creditCode, policyCode, guidedOn, notes), null, officer, cancellationToken)).Succeeded;

    /// <summary>The guidance the caller may see: officers every firm's, a firm's administrator only the firm's own.</summary>
    public IQueryable<ApplicationGuidance> Visible(PlatformUser user) =>
        user.IsOfficer() ? db.Guidance.AsNoTracking()
        : user.OwnFirm() is { } own ? db.Guidance.AsNoTracking().Where(g => g.CreditCode == own)
        : db.Guidance.AsNoTracking().Where(_ => false);

    /// <summary>The year's guided projects and what became of them (see <see cref="GuidedApplications"/>).</summary>
    public async Task<GuidedApplications> MeasureAsync(int year, CancellationToken cancellationToken)
    {
        var rows = await db.Guidance.AsNoTracking().Where(g => g.Year == year)
            .Select(g => new
            {
                g.GuidedOn,
                Claims = db.Claims.Where(c => c.CreditCode == g.CreditCode && c.PolicyCode == g.PolicyCode)
                    .Select(c => new { c.CreatedAt, c.Status, c.PaidAmount }).ToList(),
            })
            .ToListAsync(cancellationToken);
        int applied = 0, approved = 0;
        var paid = 0m;
        foreach (var row in rows)
        {
            var after = row.Claims.Where(c => c.CreatedAt >= ChinaTime.StartOfDay(row.GuidedOn)).ToList();
            if (after.Count == 0)
            {
                continue;
            }
            applied++;
            var paidClaims = after.Where(c => c.Status == ClaimStatus.Paid).ToList();
            if (paidClaims.Count > 0)
            {
                approved++;
                paid += paidClaims.Sum(c => c.PaidAmount ?? 0m);
            }
        }
        return new GuidedApplications(year, rows.Count, applied, approved, paid);
    }

    private Task<ApplicationGuidance?> FindByKeyAsync(PlatformUser officer, string idempotencyKey, CancellationToken cancellationToken) =>
        db.Guidance.AsNoTracking().FirstOrDefaultAsync(g => g.GuidedBy == officer.Subject && g.IdempotencyKey == idempotencyKey, cancellationToken);

    private static Failure AlreadyGuided(string creditCode, string policyCode, int year) =>
        Failure.Conflict("policyCode", $"{year}年已辅导企业 {creditCode} 申报 {policyCode} (the firm was already guided to apply for this policy in {year})");
}
