using Microsoft.EntityFrameworkCore;
using Qingmeng.Contracts;
using Qingmeng.Governance.Infrastructure;
using Qingmeng.Governance.Model;
using Qingmeng.ServiceDefaults.Authentication;
using Qingmeng.ServiceDefaults.Calendar;
using Qingmeng.ServiceDefaults.Outcomes;

namespace Qingmeng.Governance.Application;

/// <summary>The outcome of registering or updating a firm: the record, whether anything changed, or the rule it broke.</summary>
public sealed record FirmRegisterResult(RegisteredFirm? Firm, bool Changed, Failure? Problem = null);

/// <summary>
/// 注册企业 through the API. Each change is audited and publishes <see cref="FirmRegistered"/> or <see cref="FirmUpdated"/>
/// through the outbox in the caller's SaveChanges (written by <see cref="FirmRegisterWrites"/>, as the demo seeder writes its firms).
/// </summary>
public static class FirmRegister
{
    /// <summary>Registers a firm. The same facts again are answered with the record (nothing written); other facts under the same code are a conflict.</summary>
    public static async Task<FirmRegisterResult> RegisterAsync(
        GovernanceContext db, string creditCode, FirmFacts facts, PlatformUser user, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (RegisteredFirm.Check(creditCode, facts, ChinaTime.ToChinaDate(now)) is { } problem)
        {
            return new(null, false, problem);
        }
        var code = Normalise(creditCode);
        facts = facts.Trimmed();
        var existing = await db.Firms.FirstOrDefaultAsync(f => f.CreditCode == code, cancellationToken);
        if (existing is not null)
        {
            return existing.Holds(facts)
                ? new(existing, false)
                : new(existing, false, Failure.Conflict(
                    "creditCode", $"统一社会信用代码 {code} 已登记为 {existing.Name}，请用 PUT 更正 (credit code {code} is already registered; use PUT to correct it)"));
        }
        var firm = RegisteredFirm.Register(code, facts, user.Subject, now);
        db.AddRegisteredFirm(firm, user, now);
        return new(firm, true);
    }

    /// <summary>Corrects a registered firm's facts; unchanged facts write nothing. Null firm: not registered.</summary>
    public static async Task<FirmRegisterResult> UpdateAsync(
        GovernanceContext db, string creditCode, FirmFacts facts, PlatformUser user, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (RegisteredFirm.Check(creditCode, facts, ChinaTime.ToChinaDate(now)) is { } problem)
        {
            return new(null, false, problem);
        }
        var code = Normalise(creditCode);
        var firm = await db.Firms.FirstOrDefaultAsync(f => f.CreditCode == code, cancellationToken);
        if (firm is null || !firm.Update(facts.Trimmed(), user.Subject, now))
        {
            return new(firm, false);
        }
        db.RecordFirmUpdated(firm, user, now);
        return new(firm, true);
    }

    public static string Normalise(string creditCode) => RegisteredFirm.Normalise(creditCode);
}
