using Qingmeng.Finance.Model;

namespace Qingmeng.Finance.Apis;

public sealed record WhitelistEntryView(
    Guid Id, string CreditCode, string FirmName, decimal Score, bool Vetoed, IReadOnlyList<IndicatorScore> Indicators,
    WhitelistStatus Status, DateTimeOffset EvaluatedAt, DateTimeOffset? ReviewedAt, string? ReviewNote,
    DateTimeOffset? ListedAt, DateOnly? NextReviewOn, int Reevaluations, DateTimeOffset? RemovedAt, string? RemovalReason)
{
    public static WhitelistEntryView From(WhitelistEntry w) => new(
        w.Id, w.CreditCode, w.FirmName, w.Score, w.Vetoed, w.Indicators, w.Status, w.EvaluatedAt, w.ReviewedAt, w.ReviewNote,
        w.ListedAt, w.NextReviewOn, w.Reevaluations, w.RemovedAt, w.RemovalReason);
}

/// <summary>What the white list led to: every referral and loan granted on an entry.</summary>
public sealed record WhitelistOutcomeView(WhitelistEntryView Entry, int Referrals, int Approved, int Disbursed, decimal AmountDisbursed, IReadOnlyList<ReferralView> Loans);
