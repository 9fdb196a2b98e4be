using System.ComponentModel.DataAnnotations;
using System.Text.Json;
using Qingmeng.PolicyMatch.Model.Claims;
using Qingmeng.PolicyMatch.Model.Ledger;
using Qingmeng.PolicyMatch.Model.Matching;
using Qingmeng.PolicyMatch.Model.Policies;
using Qingmeng.PolicyMatch.Model.Profiles;
using Qingmeng.ServiceDefaults.Eligibility;
using Qingmeng.ServiceDefaults.Validation;

namespace Qingmeng.PolicyMatch.Apis;

/// <summary>A condition explained, with the fact it was judged on and that fact's source (authoritative or declared, who, when).</summary>
public sealed record ExplanationView(
    string Field, string Label, string Operator, string Required, string? Actual, EligibilityOutcome Outcome, decimal? Gap, bool Blocking, string Text,
    FactView? Fact)
{
    public static ExplanationView From(ConditionExplanation e) => From(e, null);

    public static ExplanationView From(ConditionExplanation e, FirmProfile? profile) =>
        new(e.Field, e.Label, e.Operator, e.Required, e.Actual, e.Outcome, e.Gap, e.Blocking, e.Text,
            profile?.Find(e.Field, FactTrust.WithDeclarations) is { } fact ? FactView.From(e.Field, fact) : null);
}

/// <summary>申报辅导: what stands in the way, what to provide, and which materials an application needs.</summary>
public sealed record Coaching(IReadOnlyList<ExplanationView> Unmet, IReadOnlyList<ExplanationView> ToProvide, IReadOnlyList<string> Materials);
