using System.ComponentModel.DataAnnotations;
using Qingmeng.Talent.Model;


namespace Qingmeng.Talent.Apis;

public sealed record RecruitmentOfferQuery(RecruitmentOfferStatus? Status, [property: StringLength(18)] string? CreditCode);

public sealed record DeclineRecruitmentOfferRequest([property: Required, StringLength(500, MinimumLength = 2)] string Reason);

public sealed record RecruitmentOfferView(
    Guid Id, string CreditCode, Guid ProjectId, string ProjectName, RecruitmentOfferTrigger Trigger,
    int JobFairPlaces, Guid? JobFairId, string? JobFairTitle, DateTimeOffset? JobFairStartsAt, int AmbassadorReferrals,
    RecruitmentOfferStatus Status, DateTimeOffset OfferedAt, DateTimeOffset? RespondedAt, string? DeclineReason);
