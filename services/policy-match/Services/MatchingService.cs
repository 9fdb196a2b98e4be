using Microsoft.EntityFrameworkCore;
using Qingmeng.PolicyMatch.Infrastructure;
using Qingmeng.PolicyMatch.Model.Claims;
using Qingmeng.PolicyMatch.Model.Matching;
using Qingmeng.PolicyMatch.Model.Policies;
using Qingmeng.PolicyMatch.Model.Profiles;
using Qingmeng.ServiceDefaults.Calendar;
using Qingmeng.ServiceDefaults.Eligibility;

namespace Qingmeng.PolicyMatch.Services;

/// <summary>A policy version in force together with its policy.</summary>
public sealed record PolicyInForce(Policy Policy, PolicyVersion Version);

/// <summary>
/// Keeps match records current: a firm against every policy in force when its profile changes, every firm against
/// a policy when a version is published. Firms that become eligible for a 免申即享 policy get an offer (the
/// computed list). Adds to the caller's unit of work; the caller saves.
/// </summary>
public sealed class MatchingService(PolicyMatchContext db, TimeProvider time, PolicyMatchTelemetry telemetry)
{
    private const int FirmBatchSize = 500;

    public DateOnly Today => WorkingDayCalendar.ToChinaDate(time.GetUtcNow());

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
        var facts = profile.ToFacts();
        var today = Today;
        var now = time.GetUtcNow();
        var eligible = 0;
        foreach (var (policy, version) in policies)
        {
            if (Apply(policy, version, profile.CreditCode, facts, today, now, byVersion.GetValueOrDefault(version.Id),
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
            foreach (var profile in batch)
            {
                if (Apply(policy, version, profile.CreditCode, profile.ToFacts(), today, now, records.GetValueOrDefault(profile.CreditCode), claimed.Contains(profile.CreditCode)))
                {
                    eligible++;
                }
            }
            evaluated += batch.Count;
        }
        telemetry.Matched(evaluated, eligible);
        return eligible;
    }

    private bool Apply(
        Policy policy, PolicyVersion version, string creditCode, Facts facts, DateOnly today, DateTimeOffset now,
        MatchRecord? record, bool alreadyClaimed)
    {
        var result = PolicyMatcher.Match(version, facts, today);
        if (record is null)
        {
            record = MatchRecord.For(creditCode, policy.Id, version.Id, policy.Code, version.Version, now);
            db.MatchRecords.Add(record);
        }
        var becameEligible = record.Update(result, now);
        if (becameEligible && version.Mode == PolicyMode.NoApplication && !alreadyClaimed && result.Amount is { } amount && amount > 0)
        {
            db.Claims.Add(SubsidyClaim.Offer(policy, version, creditCode, amount, record.EligibleSince, now));
        }
        return becameEligible;
    }
}
