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

/// <summary>A policy version's terms as officers write them; checked again (fields, windows, amounts) before storing and publishing.</summary>
public sealed record PolicyTermsRequest(
    [property: Required, StringLength(200, MinimumLength = 4)] string Title,
    [property: Required, StringLength(100, MinimumLength = 2)] string IssuingBody,
    [property: StringLength(64)] string? DocumentNumber,
    [property: StringLength(2000)] string? Summary,
    [property: Required, MinLength(1)] IReadOnlyList<PolicyClause> Clauses,
    IReadOnlyList<string>? Tags,
    IReadOnlyList<string>? Materials,
    [property: Required] DateOnly? EffectiveFrom,
    DateOnly? EffectiveTo,
    [property: Required] DateOnly? ApplicationOpensOn,
    [property: Required] DateOnly? ApplicationClosesOn,
    [property: Required, RegularExpression("^[0-9]{4}(-[A-Z0-9]{1,8})?$", ErrorMessage = "budgetPeriod 须为年份，如 2026（或 2026-H1）(budgetPeriod must be a year such as 2026, optionally 2026-H1)")] string BudgetPeriod,
    [property: Required] decimal? BudgetEnvelope,
    [property: Required] AmountRule AmountRule,
    [property: Required] PolicyMode? Mode,
    [property: Required] Condition Conditions)
{
    public PolicyTerms ToTerms() => new(
        Title, IssuingBody, DocumentNumber ?? "", Summary ?? "", Clauses, Tags ?? [], Materials ?? [],
        EffectiveFrom!.Value, EffectiveTo, ApplicationOpensOn!.Value, ApplicationClosesOn!.Value,
        BudgetPeriod, BudgetEnvelope!.Value, AmountRule, Mode!.Value, Conditions);
}

public sealed record CreatePolicyRequest(
    [property: Required, RegularExpression("^QM-[A-Z]{2}-[0-9]{3}$", ErrorMessage = "code 的格式应如 QM-KJ-013 (code must look like QM-KJ-013)")] string Code,
    [property: Required] PolicyCategory? Category,
    [property: Required] PolicyTermsRequest Terms);

public sealed record RetirePolicyRequest([property: Required] DateOnly? RetiredOn);
