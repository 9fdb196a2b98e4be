using Microsoft.EntityFrameworkCore;
using Qingmeng.Contracts;
using Qingmeng.Governance.Infrastructure;
using Qingmeng.Governance.Model;
using Qingmeng.ServiceDefaults.Auditing;
using Qingmeng.ServiceDefaults.Authentication;
using Qingmeng.ServiceDefaults.Calendar;
using Qingmeng.ServiceDefaults.Messaging;
using Qingmeng.ServiceDefaults.Validation;

namespace Qingmeng.Governance.Application;

/// <summary>The outcome of registering or updating a firm: the record, whether anything changed, or the rule it broke.</summary>
public sealed record FirmRegisterResult(RegisteredFirm? Firm, bool Changed, CaseRuleException? Problem = null);

/// <summary>
/// 注册企业: the one path into the firm register, for the API and the demo seeder alike. Each change is audited and
/// publishes <see cref="FirmRegistered"/> or <see cref="FirmUpdated"/> through the outbox in the caller's SaveChanges.
/// </summary>
public static class FirmRegister
{
    /// <summary>Registers a firm. The same facts again are answered with the record (nothing written); other facts under the same code are a conflict.</summary>
    public static async Task<FirmRegisterResult> RegisterAsync(
        GovernanceContext db, string creditCode, FirmFacts facts, PlatformUser user, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (Check(creditCode, facts, now) is { } problem)
        {
            return new(null, false, problem);
        }
        var code = Normalise(creditCode);
        facts = Trim(facts);
        var existing = await db.Firms.FirstOrDefaultAsync(f => f.CreditCode == code, cancellationToken);
        if (existing is not null)
        {
            return existing.Holds(facts)
                ? new(existing, false)
                : new(existing, false, new CaseRuleException(
                    $"统一社会信用代码 {code} 已登记为 {existing.Name}，请用 PUT 更正 (credit code {code} is already registered; use PUT to correct it)",
                    "creditCode", StatusCodes.Status409Conflict));
        }
        var firm = RegisteredFirm.Register(code, facts, user.Subject, now);
        db.Firms.Add(firm);
        db.AddIntegrationEvent(
            new FirmRegistered(firm.CreditCode, firm.Name, firm.IndustryCode, firm.SizeClass, firm.Location, firm.RegisteredOn) { OccurredAt = now },
            aggregateKey: firm.CreditCode);
        db.AddAudit(user, "firm.registered", "firm", firm.CreditCode, now);
        return new(firm, true);
    }

    /// <summary>Corrects a registered firm's facts; unchanged facts write nothing. Null firm: not registered.</summary>
    public static async Task<FirmRegisterResult> UpdateAsync(
        GovernanceContext db, string creditCode, FirmFacts facts, PlatformUser user, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (Check(creditCode, facts, now) is { } problem)
        {
            return new(null, false, problem);
        }
        var code = Normalise(creditCode);
        var firm = await db.Firms.FirstOrDefaultAsync(f => f.CreditCode == code, cancellationToken);
        if (firm is null || !firm.Update(Trim(facts), user.Subject, now))
        {
            return new(firm, false);
        }
        db.AddIntegrationEvent(
            new FirmUpdated(firm.CreditCode, firm.Name, firm.IndustryCode, firm.SizeClass, firm.Location, firm.RegisteredOn) { OccurredAt = now },
            aggregateKey: firm.CreditCode);
        db.AddAudit(user, "firm.updated", "firm", firm.CreditCode, now);
        return new(firm, true);
    }

    public static string Normalise(string creditCode) => creditCode.Trim().ToUpperInvariant();

    private static FirmFacts Trim(FirmFacts facts) =>
        new(facts.Name.Trim(), facts.IndustryCode.Trim().ToUpperInvariant(), facts.SizeClass.Trim(), facts.Location.Trim(), facts.RegisteredOn);

    /// <summary>The rules the request annotations cannot state: the check characters, the size classes, a date not in the future.</summary>
    private static CaseRuleException? Check(string creditCode, FirmFacts facts, DateTimeOffset now)
    {
        if (UnifiedSocialCreditCode.Validate(creditCode) is { } invalid)
        {
            return new CaseRuleException(invalid, "creditCode", StatusCodes.Status400BadRequest);
        }
        if (!RegisteredFirm.SizeClasses.Contains(facts.SizeClass.Trim()))
        {
            return new CaseRuleException(
                $"企业规模须为 {string.Join("、", RegisteredFirm.SizeClasses)} 之一 (sizeClass must be one of {string.Join(", ", RegisteredFirm.SizeClasses)})", "sizeClass");
        }
        if (facts.RegisteredOn > WorkingDayCalendar.ToChinaDate(now))
        {
            return new CaseRuleException("成立日期不能晚于今天 (registeredOn cannot be in the future)", "registeredOn");
        }
        return null;
    }
}
