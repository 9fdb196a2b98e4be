using Microsoft.EntityFrameworkCore;
using Qingmeng.Finance.Infrastructure;
using Qingmeng.Finance.Model;
using Qingmeng.ServiceDefaults.Auditing;
using Qingmeng.ServiceDefaults.Authentication;
using Qingmeng.ServiceDefaults.Data;
using Qingmeng.ServiceDefaults.Outcomes;

namespace Qingmeng.Finance.Application;

/// <summary>
/// Every step of the referral lifecycle on the platform's transition runner: loads a referral the caller may see
/// (else not found), applies the step, audits it and saves once; an illegal step or a concurrent change is a 409
/// naming the current state, and nothing is written.
/// </summary>
public static class ReferralTransitions
{
    public static async Task<Outcome<Referral>> RunAsync(
        FinanceContext db, Guid id, PlatformUser user, TimeProvider time, string action, string verb,
        Func<Referral, DateTimeOffset, ReferralStep> step, CancellationToken cancellationToken)
    {
        var now = DateTimeOffset.MinValue;
        Action? onSaved = null;
        return await db.RunAsync(new Transition<Referral>
        {
            Find = ct => db.Referrals.VisibleTo(user).FirstOrDefaultAsync(r => r.Id == id, ct),
            NotFound = ReferralFailures.NotFound,
            Apply = (referral, _) =>
            {
                now = time.GetUtcNow();
                var decided = step(referral, now);
                if (!decided.Succeeded)
                {
                    return Task.FromResult<Failure?>(decided.Field is { } field
                        ? Failure.Unprocessable(field, decided.Message!)
                        : ReferralFailures.StateConflict(referral, verb));
                }
                onSaved = decided.OnSaved;
                return Task.FromResult<Failure?>(null);
            },
            Record = referral => db.AddAudit(user, action, "referral", referral.Id.ToString(), now),
            AfterSave = _ => onSaved?.Invoke(),
            // Another writer moved the referral first: answer with the state it left.
            ConcurrentChangeFrom = current => ReferralFailures.StateConflict(current, verb),
        }, cancellationToken);
    }
}
