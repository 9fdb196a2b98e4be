using System.ComponentModel.DataAnnotations;
using Qingmeng.ServiceDefaults.Authentication;
using Qingmeng.ServiceDefaults.Validation;
using Qingmeng.Talent.Model;

using Qingmeng.Talent.Application;

namespace Qingmeng.Talent.Apis;

public sealed record ConfirmHireRequest(
    [property: Required] Guid? JobPostingId,
    [property: Required, StringLength(50, MinimumLength = 2)] string WorkerName,
    [property: Required, ResidentId] string ResidentIdNumber,
    [property: Required] DateOnly? HiredOn);

public sealed record ConfirmRetentionRequest(
    [property: Required] RetentionMilestone? Milestone,
    [property: Required] DateOnly? ConfirmedOn);

public sealed record HireView(
    Guid Id,
    Guid JobPostingId,
    string CreditCode,
    string WorkerName,
    string ResidentIdMasked,
    DateOnly HiredOn,
    Guid? ApplicationId,
    Guid? ReferralId,
    Guid? AmbassadorId,
    DateOnly? RetainedThreeMonthsOn,
    DateOnly? RetainedSixMonthsOn)
{
    public static HireView From(Hire h, PlatformUser viewer)
    {
        var clear = viewer.IsOfficer() || (viewer.IsInRole(PlatformRoles.Firm) && viewer.CreditCode == h.CreditCode);
        return new(h.Id, h.JobPostingId, h.CreditCode, clear ? h.WorkerName : TalentAccess.MaskName(h.WorkerName), h.ResidentIdMasked,
            h.HiredOn, h.ApplicationId, h.ReferralId, h.AmbassadorId, h.RetainedThreeMonthsOn, h.RetainedSixMonthsOn);
    }
}
