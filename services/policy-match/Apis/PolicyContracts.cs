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

public sealed record PolicyQuery(PolicyCategory? Category, string? Tag, PolicyMode? Mode);

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

public sealed record PolicyDetail(PolicyVersionView Current, IReadOnlyList<VersionSummary> Versions);

public sealed record VersionSummary(int Version, PolicyVersionStatus Status, DateTimeOffset CreatedAt, DateTimeOffset? PublishedAt, DateTimeOffset? EndedAt);

public sealed record RegisterProfileRequest(
    [property: Required, StringLength(200, MinimumLength = 2)] string Name,
    [property: MobileNumber] string? ContactMobile);

/// <summary>Facts to set (field → value); a null value removes the fact (it becomes unknown again).</summary>
public sealed record UpdateFactsRequest([property: Required, MinLength(1)] Dictionary<string, JsonElement> Facts);

/// <summary>
/// A fact with who asserted it: <c>authority</c> is "authoritative" (a service event, an officer, a verified
/// declaration) or "declared" (the firm's own word, not yet verified).
/// </summary>
public sealed record FactView(
    string Field, string Label, string? Unit, JsonElement Value, string Authority, string Source, string? Reference, DateTimeOffset AsOf,
    Guid? EventId, string? AssertedBy, string? AssertedByName, DateTimeOffset? RecordedAt, string? VerifiedBy, string? VerifiedByName, DateTimeOffset? VerifiedAt)
{
    public static FactView From(string key, ProfileFact fact)
    {
        var field = ProfileFields.Find(key);
        return new FactView(
            key, field?.Label ?? key, field?.Unit, fact.Value, fact.IsAuthoritative ? BasisFact.Authoritative : BasisFact.Declared,
            fact.Source, fact.Reference, fact.AsOf, fact.EventId, fact.AssertedBy, fact.AssertedByName, fact.RecordedAt,
            fact.VerifiedBy, fact.VerifiedByName, fact.VerifiedAt);
    }
}

/// <summary>
/// 一企一档 as seen by the firm and officers: the facts (authoritative, or older unverified ones marked declared)
/// and, beside them, the firm's declarations awaiting an officer's verification.
/// </summary>
public sealed record ProfileView(
    string CreditCode, string Name, bool Registered, string? ContactMobile, IReadOnlyList<FactView> Facts, IReadOnlyList<FactView> Declarations,
    IReadOnlyList<string> UnknownFields, DateTimeOffset UpdatedAt)
{
    public static ProfileView From(FirmProfile p, bool seesContactInClear) => new(
        p.CreditCode, p.Name, p.Registered,
        p.ContactMobile is null ? null : seesContactInClear ? p.ContactMobile : MobileNumber.Mask(p.ContactMobile),
        p.Facts.OrderBy(f => f.Key, StringComparer.Ordinal).Select(f => FactView.From(f.Key, f.Value)).ToList(),
        p.Declarations.OrderBy(f => f.Key, StringComparer.Ordinal).Select(f => FactView.From(f.Key, f.Value)).ToList(),
        ProfileFields.All.Where(f => !p.Facts.ContainsKey(f.Key) && !p.Declarations.ContainsKey(f.Key)).Select(f => f.Key).ToList(),
        p.UpdatedAt);
}

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

public sealed record MatchView(
    string PolicyCode, int Version, string Title, PolicyCategory Category, PolicyMode Mode, EligibilityOutcome Outcome,
    decimal? Amount, DateOnly ApplicationClosesOn, bool NearMiss, IReadOnlyList<ExplanationView> Explanations, Coaching Coaching)
{
    public static MatchView From(Policy p, PolicyVersion v, MatchResult r, FirmProfile? profile = null) => new(
        p.Code, v.Version, v.Title, p.Category, v.Mode, r.Outcome, r.Amount, v.ApplicationClosesOn, r.NearMiss,
        r.Explanations.Select(e => ExplanationView.From(e, profile)).ToList(),
        new Coaching(
            r.Unmet.Select(e => ExplanationView.From(e, profile)).ToList(),
            r.Missing.Select(e => ExplanationView.From(e, profile)).ToList(),
            v.Mode == PolicyMode.QuickApplication ? v.Materials : []));
}

public sealed record MatchQuery(EligibilityOutcome? Outcome, PolicyCategory? Category);

public sealed record CandidateView(string CreditCode, string Name, EligibilityOutcome Outcome, decimal? Amount, bool NearMiss, int UnmetCount, int MissingCount, DateTimeOffset? EligibleSince, DateTimeOffset? NotifiedAt);

public sealed record CandidateQuery(EligibilityOutcome? Outcome, bool? NearMiss);

public sealed record CultivationView(string CreditCode, string Name, string PolicyCode, int Version, string Title, IReadOnlyList<ExplanationView> Gaps);

public sealed record ApplyRequest(
    [property: Required, RegularExpression("^QM-[A-Z]{2}-[0-9]{3}$", ErrorMessage = "policyCode 的格式应如 QM-KJ-004 (policyCode must look like QM-KJ-004)")] string PolicyCode,
    [property: StringLength(2000)] string? Statement);

/// <summary>An officer's approval: the reason (and materials checked) on the record; optional.</summary>
public sealed record ApproveRequest([property: StringLength(2000)] string? Reason);

public sealed record RejectRequest([property: Required, StringLength(2000, MinimumLength = 2)] string Reason);

public sealed record ClaimQuery(ClaimStatus? Status, string? PolicyCode);

/// <summary>
/// A claim: an Offered 免申即享 benefit the firm may confirm, or a Submitted application pending an officer's review
/// (including 免申即享 matches that rest on declared facts); with its basis (facts and their sources) and approvals.
/// </summary>
public sealed record ClaimView(
    Guid Id, string PolicyCode, int PolicyVersion, string PolicyTitle, string BudgetPeriod, PolicyMode Mode, string CreditCode,
    ClaimStatus Status, decimal Amount, decimal? PaidAmount, string? Statement, string? Reason, DateTimeOffset CreatedAt,
    DateTimeOffset? ReviewDueAt, DateTimeOffset? DecidedAt, DateTimeOffset? EligibleSince, DateTimeOffset? PaidAt,
    bool PendingReview, string? FirstApprovedBy, string? FirstApprovedByName, DateTimeOffset? FirstApprovedAt, string? FirstApprovalReason,
    string? DecidedBy, DecisionBasis? Basis)
{
    public static ClaimView From(SubsidyClaim c) => new(
        c.Id, c.PolicyCode, c.PolicyVersion, c.PolicyTitle, c.BudgetPeriod, c.Mode, c.CreditCode, c.Status, c.Amount, c.PaidAmount,
        c.Statement, c.Reason, c.CreatedAt, c.ReviewDueAt, c.DecidedAt, c.EligibleSince, c.PaidAt,
        c.Status == ClaimStatus.Submitted, c.FirstApprovedBy, c.FirstApprovedByName, c.FirstApprovedAt, c.FirstApprovalReason, c.DecidedBy, c.Basis);
}

public sealed record ApplicationView(ClaimView Claim, Coaching Coaching);

/// <summary>A ledger entry with its basis: the facts used and their sources, and who decided.</summary>
public sealed record DisbursementView(
    Guid Id, DisbursementKind Kind, Guid? ClaimId, Guid? ReversesId, string PolicyCode, int PolicyVersion, string Period,
    string CreditCode, decimal Amount, string? Reason, DateTimeOffset RecordedAt, string RecordedBy, DecisionBasis? Basis)
{
    public static DisbursementView From(Disbursement d) =>
        new(d.Id, d.Kind, d.ClaimId, d.ReversesId, d.PolicyCode, d.PolicyVersion, d.Period, d.CreditCode, d.Amount, d.Reason, d.RecordedAt, d.RecordedBy, d.Basis);
}

public sealed record LedgerView(string PolicyCode, string Period, decimal Envelope, decimal Paid, decimal Remaining, decimal ClawedBack, int Payments);

public sealed record LedgerQuery([property: RegularExpression("^[0-9]{4}(-[A-Z0-9]{1,8})?$")] string? Period, string? PolicyCode);

public sealed record LedgerSummary(string Period, decimal AmountPaid, int FirmTimes, int Firms, decimal AmountClawedBack, double? MedianHoursEligibleToPaid);

public sealed record PaidView(ClaimView Claim, DisbursementView Disbursement);
