using Qingmeng.PolicyMatch.Model.Consultant;
using Qingmeng.PolicyMatch.Operations;
using Qingmeng.PolicyMatch.Infrastructure.Consultant;

namespace Qingmeng.PolicyMatch.Application.Consultant;

/// <summary>The asking firm's eligibility for a cited policy, condition by condition.</summary>
public sealed record PolicyEligibilityView(
    string PolicyCode,
    int Version,
    string Outcome,
    IReadOnlyList<EligibilityConditionView> Conditions,
    IReadOnlyList<string> FactsToProvide);

public sealed record EligibilityConditionView(string Field, string Label, string Operator, string Required, string? Actual, string Outcome, decimal? Gap);
