using Microsoft.EntityFrameworkCore;
using Qingmeng.Contracts;
using Qingmeng.Finance.Infrastructure;
using Qingmeng.Finance.Model;
using Qingmeng.ServiceDefaults.Auditing;
using Qingmeng.ServiceDefaults.Authentication;
using Qingmeng.ServiceDefaults.Calendar;
using Qingmeng.ServiceDefaults.Data;
using Qingmeng.ServiceDefaults.Messaging;
using Qingmeng.ServiceDefaults.Outcomes;

namespace Qingmeng.Finance.Application;

/// <summary>
/// The white list's officer decisions: score a firm (proposed), list or reject it, take it off the list. Each change is
/// audited and, when the list changes, announced with <c>WhitelistChanged</c> in the same save.
/// </summary>
public static class WhitelistReviews
{
    public static readonly Failure EntryNotFound = Failure.NotFound("id", "没有该白名单记录 (there is no such white-list entry)");

    public static async Task<Outcome<WhitelistEntry>> EvaluateAsync(
        FinanceContext db, PlatformUser user, string creditCode, TimeProvider time, CancellationToken cancellationToken)
    {
        var profile = await db.Profiles.AsNoTracking().FirstOrDefaultAsync(p => p.CreditCode == creditCode, cancellationToken);
        if (profile is null)
        {
            return Failure.Unprocessable("creditCode", "企业尚未填报画像，无法评分 (the firm has not declared its profile; there is nothing to score)");
        }
        // The firm register (governance) owns firms: only a firm it knows is listed, under the name it gives.
        if (await FirmRegister.FindAsync(db, creditCode, cancellationToken) is not { } firm)
        {
            return FirmRegister.Unknown(creditCode);
        }
        var open = await db.Whitelist.AsNoTracking()
            .FirstOrDefaultAsync(w => w.CreditCode == creditCode && (w.Status == WhitelistStatus.Proposed || w.Status == WhitelistStatus.Listed), cancellationToken);
        if (open is not null)
        {
            return StateConflict.Of(OpenEntryTitle, $"记录 {open.Id} 当前为 {open.Status} (entry {open.Id} is {open.Status})", open.Status.ToString());
        }
        var now = time.GetUtcNow();
        var entry = WhitelistEntry.Propose(profile, firm.Name, WhitelistScoring.Score(profile), user.Subject, now);
        db.Whitelist.Add(entry);
        db.AddAudit(user, "whitelist.evaluated", "whitelist-entry", entry.Id.ToString(), now);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            return StateConflict.Of(OpenEntryTitle, "其他工作人员同时提出了推荐 (another officer proposed it at the same time)");
        }
        return entry;
    }

    /// <summary>An officer lists or rejects a proposed entry; of two officers at once, the second hears the state the first left.</summary>
    public static Task<Outcome<WhitelistEntry>> ReviewAsync(
        FinanceContext db, PlatformUser user, Guid id, bool list, string note, decimal threshold, TimeProvider time, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        WhitelistChanged? changed = null;
        return db.RunAsync(new Transition<WhitelistEntry>
        {
            Find = ct => db.Whitelist.FirstOrDefaultAsync(w => w.Id == id, ct),
            NotFound = EntryNotFound,
            Apply = async (entry, ct) =>
            {
                if (entry.Status != WhitelistStatus.Proposed)
                {
                    return NotProposed(entry);
                }
                if (list && !entry.CanBeListed(threshold))
                {
                    return Failure.Unprocessable("list", entry.Vetoed
                        ? "有逾期贷款的企业不能列入白名单 (a firm with overdue loans cannot be listed)"
                        : $"评分 {entry.Score:0.#} 低于入选门槛 {threshold:0.#} (score {entry.Score:0.#} is below the listing threshold {threshold:0.#})");
                }
                changed = entry.Review(list, note, threshold, user.Subject, ChinaTime.ToChinaDate(now), now);
                if (changed is not null)
                {
                    await WhitelistStanding.SetProfileWhitelistAsync(db, entry.CreditCode, true, now, ct);
                }
                return null;
            },
            Record = entry =>
            {
                if (changed is not null)
                {
                    db.AddIntegrationEvent(changed, aggregateKey: entry.CreditCode);
                }
                db.AddAudit(user, list ? "whitelist.listed" : "whitelist.rejected", "whitelist-entry", entry.Id.ToString(), now);
            },
            ConcurrentChangeFrom = NotProposed,
        }, cancellationToken);
    }

    /// <summary>An officer removes a listed firm; of two officers at once, the second hears the state the first left.</summary>
    public static Task<Outcome<WhitelistEntry>> RemoveAsync(
        FinanceContext db, PlatformUser user, Guid id, string reason, TimeProvider time, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        WhitelistChanged? changed = null;
        return db.RunAsync(new Transition<WhitelistEntry>
        {
            Find = ct => db.Whitelist.FirstOrDefaultAsync(w => w.Id == id, ct),
            NotFound = EntryNotFound,
            Apply = async (entry, ct) =>
            {
                changed = entry.RemoveByOfficer(reason, now);
                if (changed is null)
                {
                    return NotListed(entry);
                }
                await WhitelistStanding.SetProfileWhitelistAsync(db, entry.CreditCode, false, now, ct);
                return null;
            },
            Record = entry =>
            {
                db.AddIntegrationEvent(changed!, aggregateKey: entry.CreditCode);
                db.AddAudit(user, "whitelist.removed", "whitelist-entry", entry.Id.ToString(), now);
            },
            ConcurrentChangeFrom = NotListed,
        }, cancellationToken);
    }

    private static Failure NotProposed(WhitelistEntry entry) =>
        StateConflict.Of("只有已推荐的记录可以审核 (only a proposed entry can be reviewed)", $"记录 {entry.Id} 当前为 {entry.Status} (entry {entry.Id} is {entry.Status})", entry.Status.ToString());

    private static Failure NotListed(WhitelistEntry entry) =>
        StateConflict.Of("只有已列入白名单的企业可以移出 (only a listed firm can be removed)", $"记录 {entry.Id} 当前为 {entry.Status} (entry {entry.Id} is {entry.Status})", entry.Status.ToString());

    private const string OpenEntryTitle = "企业已有进行中的白名单记录 (the firm already has an open white-list entry)";
}
