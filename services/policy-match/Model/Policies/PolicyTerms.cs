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

        if (string.IsNullOrWhiteSpace(Title)) Add("title", "政策须有标题 (a policy needs a title)");
        if (string.IsNullOrWhiteSpace(IssuingBody)) Add("issuingBody", "政策须注明发文机关 (a policy needs its issuing body)");
        if (Clauses is null || Clauses.Count == 0)
        {
            Add("clauses", "政策至少需要一条条款 (a policy needs at least one clause)");
        }
        else
        {
            if (Clauses.Any(c => string.IsNullOrWhiteSpace(c.Text))) Add("clauses", "每条条款都须有正文 (every clause needs its text)");
            if (Clauses.Select(c => c.Number).Distinct().Count() != Clauses.Count) Add("clauses", "条款编号不能重复 (clause numbers must be unique)");
        }
        if (EffectiveTo is { } to && to < EffectiveFrom) Add("effectiveTo", "effectiveTo 不能早于 effectiveFrom (effectiveTo must not be before effectiveFrom)");
        if (ApplicationClosesOn < ApplicationOpensOn) Add("applicationClosesOn", "申报截止日期不能早于开始日期 (the application window must not end before it starts)");
        if (EffectiveTo is { } end && ApplicationOpensOn > end) Add("applicationOpensOn", "申报须在政策有效期内开始 (the application window must open while the policy is in force)");
        if (string.IsNullOrWhiteSpace(BudgetPeriod)) Add("budgetPeriod", "须填写资金年度，如 2026 (a budget period, e.g. 2026, is required)");
        if (BudgetEnvelope <= 0) Add("budgetEnvelope", "资金总额须为正数（元）(the budget envelope must be a positive amount of yuan)");

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
