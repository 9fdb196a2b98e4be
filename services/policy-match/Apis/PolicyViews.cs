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

public sealed record PolicySummary(
    Guid Id, string Code, PolicyCategory Category, string CategoryName, int Version, string Title, string IssuingBody,
    IReadOnlyList<string> Tags, PolicyMode Mode, DateOnly ApplicationOpensOn, DateOnly ApplicationClosesOn,
    decimal MaximumAmount, decimal BudgetEnvelope)
{
    public static PolicySummary From(Policy p, PolicyVersion v) => new(
        p.Id, p.Code, p.Category, p.Category.ChineseName(), v.Version, v.Title, v.IssuingBody, v.Tags, v.Mode,
        v.ApplicationOpensOn, v.ApplicationClosesOn, AmountRules.Maximum(v.AmountRule), v.BudgetEnvelope);
}

public sealed record PolicyVersionView(
    Guid PolicyId, string Code, PolicyCategory Category, string CategoryName, Guid VersionId, int Version, PolicyVersionStatus Status,
    string Title, string IssuingBody, string DocumentNumber, string Summary, IReadOnlyList<PolicyClause> Clauses,
    IReadOnlyList<string> Tags, IReadOnlyList<string> Materials, DateOnly EffectiveFrom, DateOnly? EffectiveTo,
    DateOnly ApplicationOpensOn, DateOnly ApplicationClosesOn, string BudgetPeriod, decimal BudgetEnvelope,
    AmountRule AmountRule, PolicyMode Mode, Condition Conditions, DateTimeOffset? PublishedAt, DateTimeOffset? EndedAt)
{
    public static PolicyVersionView From(Policy p, PolicyVersion v) => new(
        p.Id, p.Code, p.Category, p.Category.ChineseName(), v.Id, v.Version, v.Status, v.Title, v.IssuingBody, v.DocumentNumber, v.Summary,
        v.Clauses, v.Tags, v.Materials, v.EffectiveFrom, v.EffectiveTo, v.ApplicationOpensOn, v.ApplicationClosesOn,
        v.BudgetPeriod, v.BudgetEnvelope, v.AmountRule, v.Mode, v.Conditions, v.PublishedAt, v.EndedAt);
}

public sealed record VersionSummary(int Version, PolicyVersionStatus Status, DateTimeOffset CreatedAt, DateTimeOffset? PublishedAt, DateTimeOffset? EndedAt);
