using Microsoft.EntityFrameworkCore;
using Qingmeng.Contracts;
using Qingmeng.Governance.Infrastructure;
using Qingmeng.Governance.Model;
using Qingmeng.ServiceDefaults.Authentication;
using Qingmeng.ServiceDefaults.Calendar;
using Qingmeng.ServiceDefaults.Data;
using Qingmeng.ServiceDefaults.Outcomes;

namespace Qingmeng.Governance.Application;

/// <summary>A registered firm, and whether this request wrote anything (a new record, or a correction).</summary>
public sealed record FirmRegistration(RegisteredFirm Firm, bool Changed);

/// <summary>
/// 注册企业 through the API. Each change is audited and publishes <see cref="FirmRegistered"/> or <see cref="FirmUpdated"/>
/// through the outbox in the same SaveChanges (written by <see cref="FirmRegisterWrites"/>, as the demo seeder writes its firms).
/// </summary>
public sealed class FirmRegister(GovernanceContext db, TimeProvider time)
{
    /// <summary>Registers a firm. The same facts again are answered with the record (nothing written); other facts under the same code are a conflict.</summary>
    public async Task<Outcome<FirmRegistration>> RegisterAsync(string creditCode, FirmFacts facts, PlatformUser user, CancellationToken cancellationToken)
    {
        var outcome = await StageRegistrationAsync(creditCode, facts, user, cancellationToken);
        if (!outcome.Succeeded || !outcome.Value.Changed)
        {
            return outcome;
        }
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (exception.IsUniqueViolation())
        {
            // Registered meanwhile by a concurrent request: answer as for a retry.
            db.ChangeTracker.Clear();
            var retried = await StageRegistrationAsync(creditCode, facts, user, cancellationToken);
            return retried.Succeeded ? new FirmRegistration(retried.Value.Firm, false) : retried;
        }
        return outcome;
    }

    /// <summary>Corrects a registered firm's facts; unchanged facts write nothing.</summary>
    public async Task<Outcome<FirmRegistration>> UpdateAsync(string creditCode, FirmFacts facts, PlatformUser user, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (RegisteredFirm.Check(creditCode, facts, ChinaTime.ToChinaDate(now)) is { } problem)
        {
            return problem;
        }
        var code = Normalise(creditCode);
        var firm = await db.Firms.FirstOrDefaultAsync(f => f.CreditCode == code, cancellationToken);
        if (firm is null)
        {
            return NotRegistered(creditCode);
        }
        if (!firm.Update(facts.Trimmed(), user.Subject, now))
        {
            return new FirmRegistration(firm, false);
        }
        db.RecordFirmUpdated(firm, user, now);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Failure.Conflict("creditCode", $"企业 {firm.CreditCode} 已被他人修改，请重新读取后再更正 (the firm was changed meanwhile; read it again)");
        }
        return new FirmRegistration(firm, true);
    }

    public static string Normalise(string creditCode) => RegisteredFirm.Normalise(creditCode);

    public static Failure NotRegistered(string creditCode) =>
        Failure.NotFound("creditCode", $"注册企业名录中没有 {creditCode} (no registered firm {creditCode})");

    private async Task<Outcome<FirmRegistration>> StageRegistrationAsync(
        string creditCode, FirmFacts facts, PlatformUser user, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (RegisteredFirm.Check(creditCode, facts, ChinaTime.ToChinaDate(now)) is { } problem)
        {
            return problem;
        }
        var code = Normalise(creditCode);
        facts = facts.Trimmed();
        var existing = await db.Firms.FirstOrDefaultAsync(f => f.CreditCode == code, cancellationToken);
        if (existing is not null)
        {
            return existing.Holds(facts)
                ? new FirmRegistration(existing, false)
                : Failure.Conflict(
                    "creditCode", $"统一社会信用代码 {code} 已登记为 {existing.Name}，请用 PUT 更正 (credit code {code} is already registered; use PUT to correct it)");
        }
        var firm = RegisteredFirm.Register(code, facts, user.Subject, now);
        db.AddRegisteredFirm(firm, user, now);
        return new FirmRegistration(firm, true);
    }
}
