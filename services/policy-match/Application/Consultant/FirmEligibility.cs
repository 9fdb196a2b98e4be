using Microsoft.EntityFrameworkCore;
using Qingmeng.PolicyMatch.Infrastructure;
using Qingmeng.PolicyMatch.Model.Matching;
using Qingmeng.PolicyMatch.Model.Policies;
using Qingmeng.PolicyMatch.Model.Profiles;
using Qingmeng.ServiceDefaults.Calendar;
using Qingmeng.ServiceDefaults.Eligibility;
using Qingmeng.PolicyMatch.Model.Consultant;
using Qingmeng.PolicyMatch.Operations;
using Qingmeng.PolicyMatch.Infrastructure.Consultant;

namespace Qingmeng.PolicyMatch.Application.Consultant;

/// <summary>The asking firm's eligibility for the policies an answer cites, from its profile (一企一档) by the policy matcher.</summary>
public static class FirmEligibility
{
    public static async Task<IReadOnlyList<PolicyEligibilityView>> ExplainAsync(
        PolicyMatchContext db, string creditCode, IEnumerable<ConsultCitation> citations, TimeProvider time, CancellationToken cancellationToken)
    {
        var cited = citations.Select(c => (c.PolicyCode, c.Version)).Distinct().ToList();
        if (cited.Count == 0)
        {
            return [];
        }
        var codes = cited.Select(c => c.PolicyCode).ToList();
        var versions = await db.PolicyVersions.AsNoTracking()
            .Join(db.Policies.Where(p => codes.Contains(p.Code)), v => v.PolicyId, p => p.Id, (v, p) => new { p.Code, Version = v })
            .Where(x => x.Version.Status == PolicyVersionStatus.Published)
            .ToListAsync(cancellationToken);
        var profile = await db.Profiles.AsNoTracking().FirstOrDefaultAsync(p => p.CreditCode == creditCode, cancellationToken);
        var facts = profile?.ToFacts(FactTrust.WithDeclarations) ?? new Facts();
        var today = ChinaTime.ToChinaDate(time.GetUtcNow());
        var views = new List<PolicyEligibilityView>();
        foreach (var (code, version) in cited)
        {
            var row = versions.FirstOrDefault(v => v.Code == code && v.Version.Version == version);
            if (row is null)
            {
                continue;
            }
            var result = PolicyMatcher.Match(row.Version, facts, today);
            views.Add(new PolicyEligibilityView(
                code, version, result.Outcome.ToString(),
                [.. result.Explanations.Select(e => new EligibilityConditionView(e.Field, e.Label, e.Operator, e.Required, e.Actual, e.Outcome.ToString(), e.Gap))],
                [.. result.Missing.Select(e => e.Label).Distinct()]));
        }
        return views;
    }
}
