using Qingmeng.ServiceDefaults.Messaging;
using Qingmeng.Talent.Model;

namespace Qingmeng.Talent.Apis;

public sealed record CertificationQuery(CertificationStatus? Status, TalentTier? Tier);

/// <summary>A certification; the person's name in clear for the employing firm and officers (the handling parties).</summary>
public sealed record CertificationView(
    Guid Id, string CreditCode, string PersonName, string ResidentIdMasked, TalentTier Tier, string TierLabel, string Basis,
    CertificationStatus Status, DateTimeOffset SubmittedAt, DateTimeOffset? ReviewedAt, string? ReviewNote, DateOnly? ValidUntil)
{
    public static CertificationView From(TalentCertification c) => new(
        c.Id, c.CreditCode, c.PersonName, c.ResidentIdMasked, c.Tier, TalentTiers.Label(c.Tier), c.Basis, c.Status,
        c.SubmittedAt, c.ReviewedAt, c.ReviewNote, c.ValidUntil);
}
