using Qingmeng.ServiceDefaults.Authentication;
using Qingmeng.ServiceDefaults.Eligibility;
using Qingmeng.ServiceDefaults.Validation;
using Qingmeng.Talent.Application;
using Qingmeng.Talent.Model;

namespace Qingmeng.Talent.Apis;

public sealed record UnitView(Guid Id, string Building, string UnitNumber, int Bedrooms, decimal AreaSquareMetres, decimal MonthlyRent, TalentTier MinTier, UnitStatus Status)
{
    public static UnitView From(ApartmentUnit u) => new(u.Id, u.Building, u.UnitNumber, u.Bedrooms, u.AreaSquareMetres, u.MonthlyRent, u.MinTier, u.Status);
}

/// <summary>A waitlist entry; the applicant's name and phone in clear for them and the housing officers only.</summary>
public sealed record HousingApplicationView(
    Guid Id, string ApplicantName, string Phone, string ResidentIdMasked, TalentTier Tier, HousingApplicationStatus Status,
    DateTimeOffset AppliedAt, int? Position, Guid? LeaseId)
{
    public static HousingApplicationView From(HousingApplication a, PlatformUser viewer, int? position)
    {
        var clear = a.ApplicantSubject == viewer.Subject || viewer.IsOfficer();
        return new(a.Id, clear ? a.ApplicantName : TalentAccess.MaskName(a.ApplicantName), clear ? a.Phone : MobileNumber.Mask(a.Phone),
            a.ResidentIdMasked, a.Tier, a.Status, a.AppliedAt, position, a.LeaseId);
    }
}

public sealed record LeaseView(Guid Id, Guid UnitId, Guid ApplicationId, string TenantName, DateOnly StartsOn, DateOnly EndsOn, LeaseStatus Status, DateTimeOffset AllocatedAt, DateTimeOffset? ExpiryReminderSentAt)
{
    public static LeaseView From(Lease l) => new(l.Id, l.UnitId, l.ApplicationId, l.TenantName, l.StartsOn, l.EndsOn, l.Status, l.AllocatedAt, l.ExpiryReminderSentAt);
}
