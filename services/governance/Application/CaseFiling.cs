using Microsoft.EntityFrameworkCore;
using Qingmeng.Governance.Infrastructure;
using Qingmeng.Governance.Model;
using Qingmeng.Governance.Model.Cases;
using Qingmeng.ServiceDefaults.Authentication;
using Qingmeng.ServiceDefaults.Data;
using Qingmeng.ServiceDefaults.Outcomes;

namespace Qingmeng.Governance.Application;

/// <summary>A filed case, and whether this request filed it (false: the caller's earlier filing under the same key).</summary>
public sealed record FiledCase(Case Case, bool Created);

/// <summary>
/// 受理 through the API (JSON or Open311): the caller's retry under the same Idempotency-Key is answered with its first
/// filing; otherwise <see cref="CaseIntake"/> stages the case and it is saved here.
/// </summary>
public sealed class CaseFiling(GovernanceContext db, CaseIntake intake, TimeProvider time)
{
    public async Task<Outcome<FiledCase>> FileAsync(
        CaseIntakeRequest request, PlatformUser user, CancellationToken cancellationToken)
    {
        var idempotencyKey = request.IdempotencyKey;
        if (idempotencyKey is not null && await FindEarlierAsync(user, idempotencyKey, cancellationToken) is { } earlier)
        {
            return new FiledCase(earlier, false);
        }

        try
        {
            var filed = await intake.FileAsync(request, user, time.GetUtcNow(), cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            return new FiledCase(filed, true);
        }
        catch (CaseRuleException rule)
        {
            return CaseRefusals.From(rule);
        }
        catch (DbUpdateException exception) when (idempotencyKey is not null && exception.IsUniqueViolation(GovernanceContext.CaseIdempotencyIndex))
        {
            // The same caller's concurrent retry filed it first: answer with that case, as for a later retry.
            db.ChangeTracker.Clear();
            return await FindEarlierAsync(user, idempotencyKey, cancellationToken) is { } first
                ? new FiledCase(first, false)
                : Failure.Conflict("Idempotency-Key",
                    "同一幂等键的请求正在处理，请稍后重试 (a request with this Idempotency-Key is being processed; retry later).");
        }
    }

    /// <summary>The caller's own earlier filing under this key; another caller's key is never looked at.</summary>
    private Task<Case?> FindEarlierAsync(PlatformUser user, string idempotencyKey, CancellationToken cancellationToken) =>
        db.Cases.AsNoTracking().Include(c => c.CoHandlers)
            .FirstOrDefaultAsync(c => c.FiledBy == user.Subject && c.IdempotencyKey == idempotencyKey, cancellationToken);
}
