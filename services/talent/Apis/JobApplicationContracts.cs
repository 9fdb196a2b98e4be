using System.ComponentModel.DataAnnotations;
using Qingmeng.ServiceDefaults.Authentication;
using Qingmeng.ServiceDefaults.Validation;
using Qingmeng.Talent.Model;

using Qingmeng.Talent.Application;

namespace Qingmeng.Talent.Apis;

public sealed record ApplyRequest(
    [property: Required, StringLength(50, MinimumLength = 2)] string ApplicantName,
    [property: Required, MobileNumber] string Phone,
    [property: Required, ResidentId] string ResidentIdNumber,
    [property: StringLength(2000)] string? CoverLetter);

/// <summary>An application; name and phone in clear for the applicant and the firm that owns the posting, masked otherwise.</summary>
public sealed record ApplicationView(
    Guid Id,
    Guid JobPostingId,
    string ApplicantName,
    string Phone,
    string ResidentIdMasked,
    string? CoverLetter,
    ApplicationStatus Status,
    DateTimeOffset AppliedAt)
{
    public static ApplicationView From(JobApplication a, PlatformUser viewer)
    {
        var clear = a.ApplicantSubject == viewer.Subject || (viewer.IsInRole(PlatformRoles.Firm) && viewer.CreditCode == a.CreditCode);
        return new(a.Id, a.JobPostingId, clear ? a.ApplicantName : TalentAccess.MaskName(a.ApplicantName),
            clear ? a.Phone : MobileNumber.Mask(a.Phone), a.ResidentIdMasked, a.CoverLetter, a.Status, a.AppliedAt);
    }
}
