using System.Collections.Concurrent;
using Qingmeng.PolicyMatch.Model.Policies;
using Qingmeng.PolicyMatch.Model.Profiles;
using Qingmeng.ServiceDefaults.Eligibility;

namespace Qingmeng.PolicyMatch.Model.Matching;

/// <summary>What a match record keeps of one firm × policy evaluation (the compact explanation aside).</summary>
public readonly record struct MatchSummary(EligibilityOutcome Outcome, decimal? Amount, bool NearMiss, int UnmetCount, int MissingCount)
{
    public static MatchSummary Of(MatchResult result) =>
        new(result.Outcome, result.Amount, result.NearMiss, result.Unmet.Count(), result.Missing.Count());
}
