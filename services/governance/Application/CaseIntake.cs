using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Qingmeng.Governance.Infrastructure;
using Qingmeng.Governance.Model;
using Qingmeng.Governance.Operations;
using Qingmeng.ServiceDefaults.Auditing;
using Qingmeng.ServiceDefaults.Authentication;
using Qingmeng.ServiceDefaults.Messaging;
using Qingmeng.Governance.Model.Cases;

namespace Qingmeng.Governance.Application;

/// <summary>
/// 受理 from any channel: checks the category against the catalogue, numbers the case, links it to an earlier
/// open case on the same matter (duplicate detection) and stages the case, its <c>CaseFiled</c> event and the audit entry.
/// The caller saves.
/// </summary>
public sealed class CaseIntake(GovernanceContext db, IOptions<GovernanceOptions> options, GovernanceMetrics metrics)
{
    /// <summary>How the filing entry of the timeline names a citizen or firm filer.</summary>
    public const string FilerOnTimeline = "申请人 (filer)";

    public async Task<Case> FileAsync(CaseIntakeRequest request, PlatformUser filedBy, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (!await db.Modules.AnyAsync(m => m.Code == request.ModuleCode, cancellationToken))
        {
            throw new CaseRuleException($"没有模块 {request.ModuleCode}，请查阅 GET /api/governance/modules (there is no module {request.ModuleCode})", "moduleCode");
        }
        if (request.ServiceCode is not null &&
            !await db.ServiceTypes.AnyAsync(s => s.Code == request.ServiceCode && s.ModuleCode == request.ModuleCode, cancellationToken))
        {
            throw new CaseRuleException($"模块 {request.ModuleCode} 中没有服务编码 {request.ServiceCode} (there is no service code {request.ServiceCode} in module {request.ModuleCode})", "serviceCode");
        }

        var number = await db.NextCaseNumberAsync(now, cancellationToken);
        var (filed, filedEvent) = Case.File(
            number, request.Channel, request.ModuleCode, request.Title, request.Description, request.CreditCode,
            request.ContactPhone, request.IdempotencyKey, filedBy.Subject, now, request.ServiceCode, request.Place, request.SourceReference,
            filedBy.IsInRole(PlatformRoles.Firm) ? filedBy.CreditCode : null,
            // The timeline goes to the handling departments: a complainant is named by role, never by subject (投诉人信息保护).
            filingNoteAuthor: filedBy.IsInAnyRole(PlatformRoles.Citizen, PlatformRoles.Firm) ? FilerOnTimeline : null);
        if (request.Details is { } details)
        {
            filed.RecordSubmission(details);
        }

        if (request.SourceReference is null && await FindEarlierAsync(filed, now, cancellationToken) is { } earlier)
        {
            filed.LinkAsDuplicateOf(earlier);
            filedEvent = filedEvent with { DuplicateOfCaseId = earlier };
        }

        db.Cases.Add(filed);
        db.AddIntegrationEvent(filedEvent, aggregateKey: filed.Id.ToString());
        db.AddAudit(filedBy, "case.filed", "case", filed.Id.ToString(), now);
        if (filed.DuplicateOfCaseId is { } root)
        {
            db.AddAudit(filedBy, "case.linked-duplicate", "case", filed.Id.ToString(), now);
            metrics.DuplicateLinked(filed.ModuleCode);
        }
        metrics.Filed(filed.Channel, filed.ModuleCode);
        return filed;
    }

    /// <summary>The earliest open case on the same matter within the window; a duplicate of a duplicate links to the first.</summary>
    private async Task<Guid?> FindEarlierAsync(Case filed, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (filed.CreditCode is null && filed.Place is null)
        {
            return null;
        }
        var since = now - options.Value.DuplicateWindow;
        var candidates = await db.Cases.AsNoTracking()
            .Where(c => c.ModuleCode == filed.ModuleCode && c.FiledAt >= since && c.SourceReference == null
                && c.Status != CaseStatus.Closed && c.Status != CaseStatus.FollowedUp
                && ((filed.CreditCode != null && c.CreditCode == filed.CreditCode) || (filed.Place != null && c.Place == filed.Place)))
            .OrderBy(c => c.FiledAt)
            .Select(c => new DuplicateCandidate(c.Id, c.ModuleCode, c.CreditCode, c.Place, c.FiledAt, c.Status, c.DuplicateOfCaseId))
            .Take(20)
            .ToListAsync(cancellationToken);
        return DuplicateDetector.FindEarlier(
            new DuplicateCandidate(filed.Id, filed.ModuleCode, filed.CreditCode, filed.Place, filed.FiledAt, filed.Status, null),
            candidates, options.Value.DuplicateWindow);
    }
}
