using Qingmeng.PolicyMatch.Model.Profiles;
using Qingmeng.PolicyMatch.Model.Rules;
using Qingmeng.ServiceDefaults.Eligibility;

namespace Qingmeng.PolicyMatch.Model.Policies;

/// <summary>Everything a policy version says: its text, dates, money and rules. Validated before it is stored or published.</summary>
public sealed record PolicyTerms(
    string Title,
    string IssuingBody,
    string DocumentNumber,
    string Summary,
    IReadOnlyList<PolicyClause> Clauses,
    IReadOnlyList<string> Tags,
    IReadOnlyList<string> Materials,
    DateOnly EffectiveFrom,
    DateOnly? EffectiveTo,
    DateOnly ApplicationOpensOn,
    DateOnly ApplicationClosesOn,
    string BudgetPeriod,
    decimal BudgetEnvelope,
    AmountRule AmountRule,
    PolicyMode Mode,
    Condition Conditions)
{
    /// <summary>Every problem with these terms, keyed by the camelCase field it concerns; empty when the terms are sound.</summary>
    public IReadOnlyDictionary<string, string[]> Validate()
    {
        var errors = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        void Add(string field, string message)
        {
            if (!errors.TryGetValue(field, out var list))
            {
                errors[field] = list = [];
            }
            list.Add(message);
        }

        if (string.IsNullOrWhiteSpace(Title)) Add("title", "A policy needs a title.");
        if (string.IsNullOrWhiteSpace(IssuingBody)) Add("issuingBody", "A policy needs its issuing body.");
        if (Clauses is null || Clauses.Count == 0)
        {
            Add("clauses", "A policy needs at least one clause.");
        }
        else
        {
            if (Clauses.Any(c => string.IsNullOrWhiteSpace(c.Text))) Add("clauses", "Every clause needs its text.");
            if (Clauses.Select(c => c.Number).Distinct().Count() != Clauses.Count) Add("clauses", "Clause numbers must be unique.");
        }
        if (EffectiveTo is { } to && to < EffectiveFrom) Add("effectiveTo", "effectiveTo must not be before effectiveFrom.");
        if (ApplicationClosesOn < ApplicationOpensOn) Add("applicationClosesOn", "The application window must not end before it starts.");
        if (EffectiveTo is { } end && ApplicationOpensOn > end) Add("applicationOpensOn", "The application window must open while the policy is in force.");
        if (string.IsNullOrWhiteSpace(BudgetPeriod)) Add("budgetPeriod", "A budget period (e.g. 2026) is required.");
        if (BudgetEnvelope <= 0) Add("budgetEnvelope", "The budget envelope must be a positive amount of yuan.");

        foreach (var (field, message) in AmountRules.Problems(AmountRule))
        {
            Add(field, message);
        }
        foreach (var (field, message) in ConditionRules.Problems(Conditions, "conditions"))
        {
            Add(field, message);
        }
        return errors.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal);
    }
}
