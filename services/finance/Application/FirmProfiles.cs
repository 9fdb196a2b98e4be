using Microsoft.EntityFrameworkCore;
using Qingmeng.Finance.Infrastructure;
using Qingmeng.Finance.Model;
using Qingmeng.ServiceDefaults.Auditing;
using Qingmeng.ServiceDefaults.Authentication;
using Qingmeng.ServiceDefaults.Outcomes;

namespace Qingmeng.Finance.Application;

/// <summary>A firm declares its own figures for matchmaking: created on first declaration, replaced after, audited.</summary>
public static class FirmProfiles
{
    public static async Task<Outcome<FirmProfile>> DeclareAsync(
        FinanceContext db, PlatformUser user, FirmProfileData data, TimeProvider time, CancellationToken cancellationToken)
    {
        if (user.CreditCode is not { } creditCode)
        {
            return Failure.Unprocessable("creditCode", "令牌中没有企业 (the caller's token carries no firm)");
        }
        var now = time.GetUtcNow();
        var profile = await db.Profiles.FirstOrDefaultAsync(p => p.CreditCode == creditCode, cancellationToken);
        if (profile is null)
        {
            profile = FirmProfile.Create(creditCode, data, now);
            db.Profiles.Add(profile);
        }
        else
        {
            profile.Update(data, now);
        }
        db.AddAudit(user, "profile.updated", "firm-profile", creditCode, now);
        await db.SaveChangesAsync(cancellationToken);
        return profile;
    }
}
