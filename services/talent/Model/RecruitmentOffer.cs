
namespace Qingmeng.Talent.Model;

/// <summary>What in approval made the zone offer a firm recruitment help.</summary>
public enum RecruitmentOfferTrigger
{
    /// <summary>The firm registered an investment project (ProjectRegistered): it will staff it.</summary>
    ProjectRegistered,

    /// <summary>The project may start construction (ProjectReadyForConstruction): hiring is imminent.</summary>
    ReadyForConstruction,
}

public enum RecruitmentOfferStatus
{
    Offered,
    Accepted,
    Declined,
}

/// <summary>
/// The zone's offer of recruitment help to a firm whose project approval reported (项目招工服务): places at the next
/// job fair and a number of 引工大使 referrals. One offer per project and trigger; the firm accepts or declines it.
/// </summary>
public sealed class RecruitmentOffer
{
    public Guid Id { get; private set; }

    public string CreditCode { get; private set; } = "";

    public Guid ProjectId { get; private set; }

    public string ProjectName { get; private set; } = "";

    public RecruitmentOfferTrigger Trigger { get; private set; }

    /// <summary>The integration event that led to the offer.</summary>
    public Guid SourceEventId { get; private set; }

    /// <summary>Booths offered at <see cref="JobFairId"/>, or at the next fair scheduled when none was yet.</summary>
    public int JobFairPlaces { get; private set; }

    public Guid? JobFairId { get; private set; }

    /// <summary>How many referrals the zone's recruiting ambassadors (引工大使) will bring to the firm's postings.</summary>
    public int AmbassadorReferrals { get; private set; }

    public RecruitmentOfferStatus Status { get; private set; }

    public DateTimeOffset OfferedAt { get; private set; }

    public DateTimeOffset? RespondedAt { get; private set; }

    public string? RespondedBy { get; private set; }

    public string? DeclineReason { get; private set; }

    public uint Version { get; private set; }

    private RecruitmentOffer()
    {
    }

    public static RecruitmentOffer Offer(
        string creditCode, Guid projectId, string projectName, RecruitmentOfferTrigger trigger, Guid sourceEventId,
        int jobFairPlaces, Guid? jobFairId, int ambassadorReferrals, DateTimeOffset now) => new()
        {
            Id = Guid.CreateVersion7(now),
            CreditCode = creditCode,
            ProjectId = projectId,
            ProjectName = projectName,
            Trigger = trigger,
            SourceEventId = sourceEventId,
            JobFairPlaces = jobFairPlaces,
            JobFairId = jobFairId,
            AmbassadorReferrals = ambassadorReferrals,
            Status = RecruitmentOfferStatus.Offered,
            OfferedAt = now,
        };

    /// <summary>False when the firm already answered the offer.</summary>
    public bool Accept(string subject, DateTimeOffset now)
    {
        if (Status != RecruitmentOfferStatus.Offered)
        {
            return false;
        }
        Status = RecruitmentOfferStatus.Accepted;
        RespondedAt = now;
        RespondedBy = subject;
        return true;
    }

    /// <summary>False when the firm already answered the offer.</summary>
    public bool Decline(string subject, string reason, DateTimeOffset now)
    {
        if (Status != RecruitmentOfferStatus.Offered)
        {
            return false;
        }
        Status = RecruitmentOfferStatus.Declined;
        RespondedAt = now;
        RespondedBy = subject;
        DeclineReason = reason;
        return true;
    }
}
