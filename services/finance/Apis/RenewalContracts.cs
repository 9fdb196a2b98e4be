using System.ComponentModel.DataAnnotations;
using Qingmeng.Finance.Application;
using Qingmeng.ServiceDefaults.Eligibility;

namespace Qingmeng.Finance.Apis;

public sealed record RenewRequest(
    [property: Range(1, 1_000_000_000)] decimal Amount,
    [property: Range(0.01, 36)] decimal AnnualRatePercent,
    [property: Range(1, 360)] int TermMonths,
    [property: Required] DateOnly? RenewedOn);

/// <summary>A renewal's outcome: the new loan and whether the firm met the renewal product's rules.</summary>
public sealed record RenewalView(ReferralView Previous, ReferralView Renewal, EligibilityOutcome RenewalEligibility, IReadOnlyList<ExplanationView> Explanations);
