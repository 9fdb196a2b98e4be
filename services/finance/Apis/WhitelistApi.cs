using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Qingmeng.Finance.Operations;
using Qingmeng.Finance.Application;
using Qingmeng.Finance.Infrastructure;
using Qingmeng.Finance.Model;
using Qingmeng.ServiceDefaults.Auditing;
using Qingmeng.ServiceDefaults.Authentication;
using Qingmeng.ServiceDefaults.Calendar;
using Qingmeng.ServiceDefaults.Messaging;
using Qingmeng.ServiceDefaults.Paging;
using Qingmeng.ServiceDefaults.Problems;

namespace Qingmeng.Finance.Apis;

/// <summary>
/// The IP-pledge financing white list (知识产权质押融资"白名单"): officers score a firm on its indicators and
/// review it; listed firms are visible to every partner bank and announced with <c>WhitelistChanged</c>.
/// </summary>
public static class WhitelistApi
{
    public static IEndpointRouteBuilder MapWhitelistApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/finance/whitelist").WithTags("Whitelist");

        api.MapPost("/evaluations", Evaluate).WithName("EvaluateForWhitelist").WithSummary("Score a firm on the white-list indicators (proposed for review)")
            .RequireAuthorization(FinancePolicies.ZoneOfficers);
        api.MapPost("/{id:guid}/review", Review).WithName("ReviewWhitelistEntry").WithSummary("List or reject a proposed firm")
            .RequireAuthorization(FinancePolicies.ZoneOfficers);
        api.MapPost("/{id:guid}/remove", Remove).WithName("RemoveFromWhitelist").WithSummary("Take a listed firm off the list, with the reason")
            .RequireAuthorization(FinancePolicies.ZoneOfficers);
        api.MapGet("/", ListEntries).WithName("ListWhitelist")
            .WithSummary("The white list: officers every entry, partner banks the listed firms (the push to banks), a firm its own")
            .RequireAuthorization(FinancePolicies.ReadReferrals);
        api.MapGet("/{id:guid}/outcomes", GetOutcomes).WithName("GetWhitelistOutcomes").WithSummary("Referrals and loans granted on a white-list entry")
            .RequireAuthorization(FinancePolicies.ZoneOfficers);
        return app;
    }

    public static async Task<Results<Created<WhitelistEntryView>, ProblemHttpResult>> Evaluate(
        EvaluateWhitelistRequest request, ClaimsPrincipal principal, FinanceContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var user = PlatformUser.From(principal);
        var creditCode = request.CreditCode.Trim().ToUpperInvariant();
        var profile = await db.Profiles.AsNoTracking().FirstOrDefaultAsync(p => p.CreditCode == creditCode, cancellationToken);
        if (profile is null)
        {
            return FieldProblems.Unprocessable("creditCode", "企业尚未填报画像，无法评分 (the firm has not declared its profile; there is nothing to score)");
        }
        // The firm register (governance) owns firms: only a firm it knows is listed, under the name it gives.
        if (await FirmRegister.FindAsync(db, creditCode, cancellationToken) is not { } firm)
        {
            return FirmRegister.Unknown(creditCode).ToProblem();
        }
        var open = await db.Whitelist.AsNoTracking()
            .FirstOrDefaultAsync(w => w.CreditCode == creditCode && (w.Status == WhitelistStatus.Proposed || w.Status == WhitelistStatus.Listed), cancellationToken);
        if (open is not null)
        {
            return StateConflict.Of("企业已有进行中的白名单记录 (the firm already has an open white-list entry)", $"记录 {open.Id} 当前为 {open.Status} (entry {open.Id} is {open.Status})", open.Status.ToString()).ToFinanceProblem();
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
            return StateConflict.Of("企业已有进行中的白名单记录 (the firm already has an open white-list entry)", "其他工作人员同时提出了推荐 (another officer proposed it at the same time)").ToFinanceProblem();
        }
        return TypedResults.Created($"/api/finance/whitelist/{entry.Id}", WhitelistEntryView.From(entry));
    }

    public static async Task<Results<Ok<WhitelistEntryView>, NotFound, ProblemHttpResult>> Review(
        Guid id, ReviewWhitelistRequest request, ClaimsPrincipal principal, FinanceContext db, TimeProvider time,
        IOptions<FinanceOptions> options, CancellationToken cancellationToken)
    {
        var user = PlatformUser.From(principal);
        var entry = await db.Whitelist.FirstOrDefaultAsync(w => w.Id == id, cancellationToken);
        if (entry is null)
        {
            return TypedResults.NotFound();
        }
        if (entry.Status != WhitelistStatus.Proposed)
        {
            return StateConflict.Of("只有已推荐的记录可以审核 (only a proposed entry can be reviewed)", $"记录 {entry.Id} 当前为 {entry.Status} (entry {entry.Id} is {entry.Status})", entry.Status.ToString()).ToFinanceProblem();
        }
        var threshold = options.Value.WhitelistThreshold;
        if (request.List == true && !entry.CanBeListed(threshold))
        {
            return FieldProblems.Unprocessable("list", entry.Vetoed
                ? "有逾期贷款的企业不能列入白名单 (a firm with overdue loans cannot be listed)"
                : $"评分 {entry.Score:0.#} 低于入选门槛 {threshold:0.#} (score {entry.Score:0.#} is below the listing threshold {threshold:0.#})");
        }
        var now = time.GetUtcNow();
        var changed = entry.Review(request.List == true, request.Note.Trim(), threshold, user.Subject, ChinaTime.ToChinaDate(now), now);
        if (changed is not null)
        {
            db.AddIntegrationEvent(changed, aggregateKey: entry.CreditCode);
            await WhitelistStanding.SetProfileWhitelistAsync(db, entry.CreditCode, true, now, cancellationToken);
        }
        db.AddAudit(user, request.List == true ? "whitelist.listed" : "whitelist.rejected", "whitelist-entry", entry.Id.ToString(), now);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(WhitelistEntryView.From(entry));
    }

    public static async Task<Results<Ok<WhitelistEntryView>, NotFound, ProblemHttpResult>> Remove(
        Guid id, ReasonRequest request, ClaimsPrincipal principal, FinanceContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var user = PlatformUser.From(principal);
        var entry = await db.Whitelist.FirstOrDefaultAsync(w => w.Id == id, cancellationToken);
        if (entry is null)
        {
            return TypedResults.NotFound();
        }
        var now = time.GetUtcNow();
        var changed = entry.RemoveByOfficer(request.Reason.Trim(), now);
        if (changed is null)
        {
            return StateConflict.Of("只有已列入白名单的企业可以移出 (only a listed firm can be removed)", $"记录 {entry.Id} 当前为 {entry.Status} (entry {entry.Id} is {entry.Status})", entry.Status.ToString()).ToFinanceProblem();
        }
        db.AddIntegrationEvent(changed, aggregateKey: entry.CreditCode);
        await WhitelistStanding.SetProfileWhitelistAsync(db, entry.CreditCode, false, now, cancellationToken);
        db.AddAudit(user, "whitelist.removed", "whitelist-entry", entry.Id.ToString(), now);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(WhitelistEntryView.From(entry));
    }

    public static async Task<Ok<Page<WhitelistEntryView>>> ListEntries(
        [AsParameters] PageRequest page, [AsParameters] WhitelistQuery query, ClaimsPrincipal principal, FinanceContext db, CancellationToken cancellationToken)
    {
        var user = PlatformUser.From(principal);
        var entries = db.Whitelist.AsNoTracking();
        if (user.IsZoneOfficer())
        {
            if (query.Status is { } status)
            {
                entries = entries.Where(w => w.Status == status);
            }
        }
        else if (user.IsInRole(PlatformRoles.Firm))
        {
            entries = entries.Where(w => w.CreditCode == user.CreditCode);
        }
        else
        {
            // Partner banks see the list itself, never proposals or rejections.
            entries = entries.Where(w => w.Status == WhitelistStatus.Listed);
        }
        var count = await entries.LongCountAsync(cancellationToken);
        var items = await entries.OrderByDescending(w => w.Score).ThenBy(w => w.CreditCode).Skip(page.Skip).Take(page.PageSize).ToListAsync(cancellationToken);
        return TypedResults.Ok(new Page<WhitelistEntryView>(page.PageIndex, page.PageSize, count, items.ConvertAll(WhitelistEntryView.From)));
    }

    public static async Task<Results<Ok<WhitelistOutcomeView>, NotFound>> GetOutcomes(Guid id, FinanceContext db, CancellationToken cancellationToken)
    {
        var entry = await db.Whitelist.AsNoTracking().FirstOrDefaultAsync(w => w.Id == id, cancellationToken);
        if (entry is null)
        {
            return TypedResults.NotFound();
        }
        var referrals = await db.Referrals.AsNoTracking().Where(r => r.WhitelistEntryId == id).OrderBy(r => r.AppliedAt).ToListAsync(cancellationToken);
        ReferralStatus[] approved = [ReferralStatus.Approved, ReferralStatus.Disbursed, ReferralStatus.Repaid, ReferralStatus.Renewed];
        var disbursed = referrals.Where(r => r.DisbursedAmount is not null).ToList();
        return TypedResults.Ok(new WhitelistOutcomeView(
            WhitelistEntryView.From(entry), referrals.Count, referrals.Count(r => approved.Contains(r.Status)),
            disbursed.Count, disbursed.Sum(r => r.DisbursedAmount!.Value), referrals.ConvertAll(ReferralView.From)));
    }
}
