using Qingmeng.ServiceDefaults.Calendar;
using Qingmeng.ServiceDefaults.Eligibility;

namespace Qingmeng.Finance.Model;

/// <summary>
/// The data a bank receives with a referral (only after the firm's consent): the firm's declared figures,
/// its white-list standing and every rule of the product explained, as they stood when the firm consented.
/// </summary>
public sealed record ReferralDossier(
    FirmProfileData? Profile,
    bool OnWhitelist,
    decimal? WhitelistScore,
    EligibilityOutcome Eligibility,
    IReadOnlyList<ConditionExplanation> Explanations,
    DateTimeOffset SharedAt);
