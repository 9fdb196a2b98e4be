namespace Qingmeng.Finance.Model;

public enum SciTechLoanOfferStatus
{
    Offered,
    Accepted,
    Declined,
}

/// <summary>
/// The zone's offer of a 科创贷 to a firm that employs certified high-level talents (人才贷): one open offer per firm,
/// counting the high-level certifications talent reported since it was made. Accepting it is the firm's go-ahead for
/// the zone to help it apply for a 科创贷 product (<c>POST /referrals</c>); declining closes it, and the next
/// certification opens a new one.
/// </summary>
public sealed class SciTechLoanOffer
{
    public Guid Id { get; private set; }

    public string CreditCode { get; private set; } = "";

    /// <summary>High-level talents (A–D) certified for the firm while the offer was open.</summary>
    public int HighLevelTalents { get; private set; }

    /// <summary>The highest tier among them (A highest).</summary>
    public string HighestTier { get; private set; } = "";

    public Guid LastCertificationId { get; private set; }

    public SciTechLoanOfferStatus Status { get; private set; }

    public DateTimeOffset OfferedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public DateTimeOffset? RespondedAt { get; private set; }

    public string? RespondedBy { get; private set; }

    public uint Version { get; private set; }

    private SciTechLoanOffer()
    {
    }

    public static SciTechLoanOffer Offer(string creditCode, Guid certificationId, string tier, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        CreditCode = creditCode,
        HighLevelTalents = 1,
        HighestTier = tier,
        LastCertificationId = certificationId,
        Status = SciTechLoanOfferStatus.Offered,
        OfferedAt = now,
        UpdatedAt = now,
    };

    /// <summary>One more high-level talent certified for the firm while the offer is open.</summary>
    public void AddTalent(Guid certificationId, string tier, DateTimeOffset now)
    {
        HighLevelTalents++;
        if (string.CompareOrdinal(tier, HighestTier) < 0)
        {
            HighestTier = tier;
        }
        LastCertificationId = certificationId;
        UpdatedAt = now;
    }

    /// <summary>False when the firm already answered the offer.</summary>
    public bool Answer(bool accept, string subject, DateTimeOffset now)
    {
        if (Status != SciTechLoanOfferStatus.Offered)
        {
            return false;
        }
        Status = accept ? SciTechLoanOfferStatus.Accepted : SciTechLoanOfferStatus.Declined;
        RespondedAt = now;
        RespondedBy = subject;
        UpdatedAt = now;
        return true;
    }
}
