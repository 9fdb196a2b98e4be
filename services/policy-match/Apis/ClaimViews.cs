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
