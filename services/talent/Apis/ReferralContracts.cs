using System.ComponentModel.DataAnnotations;
using Qingmeng.ServiceDefaults.Authentication;
using Qingmeng.ServiceDefaults.Validation;
using Qingmeng.Talent.Model;

using Qingmeng.Talent.Application;

namespace Qingmeng.Talent.Apis;

public sealed record ReferWorkerRequest(
    [property: Required] Guid? JobPostingId,
    [property: Required, StringLength(50, MinimumLength = 2)] string WorkerName,
    [property: Required, ResidentId] string ResidentIdNumber);

public sealed record ReferralQuery(ReferralStatus? Status);

/// <summary>A referral; the worker's name in clear for the referring ambassador and officers, masked for the firm.</summary>
public sealed record ReferralView(
    Guid Id,
    Guid AmbassadorId,
    Guid JobPostingId,
    string CreditCode,
    string WorkerName,
    string ResidentIdMasked,
    ReferralStatus Status,
    Guid? HireId,
    DateOnly? HiredOn,
    decimal? IncentiveAmount,
    DateTimeOffset RegisteredAt,
    DateTimeOffset? IncentivePaidAt)
{
    public static ReferralView From(Referral r, PlatformUser viewer, Guid? viewerAmbassadorId)
    {
        var clear = viewer.IsOfficer() || r.AmbassadorId == viewerAmbassadorId;
        return new(r.Id, r.AmbassadorId, r.JobPostingId, r.CreditCode, clear ? r.WorkerName : TalentAccess.MaskName(r.WorkerName), r.ResidentIdMasked,
            r.Status, r.HireId, r.HiredOn, r.IncentiveAmount, r.RegisteredAt, r.IncentivePaidAt);
    }
}
