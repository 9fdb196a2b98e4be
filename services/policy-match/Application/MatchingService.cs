using Microsoft.EntityFrameworkCore;
using Qingmeng.PolicyMatch.Infrastructure;
using Qingmeng.PolicyMatch.Infrastructure.DemoData;
using Qingmeng.PolicyMatch.Model.Claims;
using Qingmeng.PolicyMatch.Model.Matching;
using Qingmeng.PolicyMatch.Model.Policies;
using Qingmeng.PolicyMatch.Model.Profiles;
using Qingmeng.ServiceDefaults.Calendar;
using Qingmeng.ServiceDefaults.Eligibility;
using Qingmeng.PolicyMatch.Operations;

namespace Qingmeng.PolicyMatch.Application;

/// <summary>A policy version in force together with its policy.</summary>
public sealed record PolicyInForce(Policy Policy, PolicyVersion Version);

/// <summary>
/// Keeps match records current: a firm against every policy in force when its profile changes, every firm against
/// a policy when a version is published. Firms that become eligible for a 免申即享 policy get an offer (the
/// computed list). Adds to the caller's unit of work; the caller saves.
/// </summary>
public sealed class MatchingService(PolicyMatchContext db, TimeProvider time, PolicyMatchMetrics telemetry, CompiledPolicies compiled, HolidayCalendar calendar)
    : IFirmRematcher
{
    private const int FirmBatchSize = 500;

    public DateOnly Today => ChinaTime.ToChinaDate(time.GetUtcNow());

    public async Task<IReadOnlyList<PolicyInForce>> InForceAsync(CancellationToken cancellationToken)
    {
        var policies = await db.Policies
            .Include(p => p.Versions.Where(v => v.Status == PolicyVersionStatus.Published))
            .Where(p => p.Versions.Any(v => v.Status == PolicyVersionStatus.Published))
            .ToListAsync(cancellationToken);
        return policies.Select(p => new PolicyInForce(p, p.InForce!)).ToList();
    }

    /// <summary>Re-evaluates one firm against every policy in force.</summary>
    public async Task RematchFirmAsync(FirmProfile profile, CancellationToken cancellationToken)
    {
        var policies = await InForceAsync(cancellationToken);
        var records = await db.MatchRecords.Where(m => m.CreditCode == profile.CreditCode).ToListAsync(cancellationToken);
        var byVersion = records.ToDictionary(r => r.PolicyVersionId);
        var claimed = (await db.Claims.Where(c => c.CreditCode == profile.CreditCode)
                .Select(c => new { c.PolicyCode, c.BudgetPeriod }).ToListAsync(cancellationToken))
            .Select(c => (c.PolicyCode, c.BudgetPeriod)).ToHashSet();
        var today = Today;
        var now = time.GetUtcNow();
        var eligible = 0;
        var summaries = new MatchSummary[policies.Count];
        var authoritative = new MatchSummary[policies.Count];
        var matcher = BulkMatcher.For(policies.Select(p => p.Version).ToList(), today, compiled);
        matcher.Match(profile.ToFacts(FactTrust.WithDeclarations), matches => matches.Summaries.CopyTo(summaries));
        matcher.Match(profile.ToFacts(FactTrust.AuthoritativeOnly), matches => matches.Summaries.CopyTo(authoritative));
        for (var i = 0; i < policies.Count; i++)
        {
            var (policy, version) = policies[i];
            if (Apply(policy, version, profile, summaries[i], authoritative[i], now, byVersion.GetValueOrDefault(version.Id),
                    claimed.Contains((policy.Code, version.BudgetPeriod))))
            {
                eligible++;
            }
        }
        telemetry.Matched(policies.Count, eligible);
    }

    /// <summary>Re-evaluates every firm against one version (after publication), in batches.</summary>
    public async Task<int> RematchPolicyAsync(Policy policy, PolicyVersion version, CancellationToken cancellationToken)
    {
        var today = Today;
        var now = time.GetUtcNow();
        var claimed = (await db.Claims.Where(c => c.PolicyCode == policy.Code && c.BudgetPeriod == version.BudgetPeriod)
            .Select(c => c.CreditCode).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        var matcher = BulkMatcher.For([version], today, compiled);
        var eligible = 0;
        var evaluated = 0;
        while (true)
        {
            var batch = await db.Profiles.AsNoTracking().OrderBy(p => p.Id).Skip(evaluated).Take(FirmBatchSize).ToListAsync(cancellationToken);
            if (batch.Count == 0)
            {
                break;
            }
            var codes = batch.Select(p => p.CreditCode).ToList();
            var records = await db.MatchRecords.Where(m => m.PolicyVersionId == version.Id && codes.Contains(m.CreditCode))
                .ToDictionaryAsync(m => m.CreditCode, StringComparer.Ordinal, cancellationToken);
            var summaries = new MatchSummary[batch.Count];
            var authoritative = new MatchSummary[batch.Count];
            matcher.Match(batch.ConvertAll(p => p.ToFacts(FactTrust.WithDeclarations)), matches => summaries[matches.Firm] = matches.Summaries[0]);
            if (version.Mode == PolicyMode.NoApplication)
            {
                matcher.Match(batch.ConvertAll(p => p.ToFacts(FactTrust.AuthoritativeOnly)), matches => authoritative[matches.Firm] = matches.Summaries[0]);
            }
            for (var i = 0; i < batch.Count; i++)
            {
                var creditCode = batch[i].CreditCode;
                if (Apply(policy, version, batch[i], summaries[i], authoritative[i], now, records.GetValueOrDefault(creditCode), claimed.Contains(creditCode)))
                {
                    eligible++;
                }
            }
            evaluated += batch.Count;
        }
        telemetry.Matched(evaluated, eligible);
        return eligible;
    }

    /// <summary>
    /// Records the verdict (on authoritative facts and declarations). A firm newly eligible for a 免申即享 policy
    /// is offered it only when authoritative facts alone meet every condition and give the amount; a match that
    /// rests on the firm's own declarations becomes a 快申快享 application an officer reviews.
    /// </summary>
    private bool Apply(
        Policy policy, PolicyVersion version, FirmProfile profile, MatchSummary result, MatchSummary authoritative, DateTimeOffset now,
        MatchRecord? record, bool alreadyClaimed)
    {
        var creditCode = profile.CreditCode;
        if (record is null)
        {
            record = MatchRecord.For(creditCode, policy.Id, version.Id, policy.Code, version.Version, now);
            db.MatchRecords.Add(record);
        }
        var becameEligible = record.Update(result, now);
        if (becameEligible && version.Mode == PolicyMode.NoApplication && !alreadyClaimed && result.Amount is { } amount && amount > 0)
        {
            if (authoritative.Outcome == EligibilityOutcome.Met && authoritative.Amount is { } paid && paid > 0)
            {
                var basis = DecisionBasis.From(profile, version, FactTrust.AuthoritativeOnly, [DecisionBasis.System]);
                db.Claims.Add(SubsidyClaim.Offer(policy, version, creditCode, paid, record.EligibleSince, basis, now));
            }
            else
            {
                var basis = DecisionBasis.From(profile, version, FactTrust.WithDeclarations, []);
                var due = calendar.Current.AddWorkingDays(now, SubsidyClaim.ReviewWorkingDays).ToUniversalTime();
                db.Claims.Add(SubsidyClaim.ForReview(policy, version, creditCode, amount, record.EligibleSince, due, basis, now));
            }
        }
        return becameEligible;
    }
}
