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

/// <summary>A ledger entry with its basis: the facts used and their sources, and who decided.</summary>
public sealed record DisbursementView(
    Guid Id, DisbursementKind Kind, Guid? ClaimId, Guid? ReversesId, string PolicyCode, int PolicyVersion, string Period,
    string CreditCode, decimal Amount, string? Reason, DateTimeOffset RecordedAt, string RecordedBy, DecisionBasis? Basis)
{
    public static DisbursementView From(Disbursement d) =>
        new(d.Id, d.Kind, d.ClaimId, d.ReversesId, d.PolicyCode, d.PolicyVersion, d.Period, d.CreditCode, d.Amount, d.Reason, d.RecordedAt, d.RecordedBy, d.Basis);
}

public sealed record PaidView(ClaimView Claim, DisbursementView Disbursement);
