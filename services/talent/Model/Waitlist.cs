using Qingmeng.ServiceDefaults.Eligibility;

namespace Qingmeng.Talent.Model;

/// <summary>Waitlist order: higher tier first (A before E), then earlier application, then id for a stable order.</summary>
public static class Waitlist
{
    public static IOrderedEnumerable<HousingApplication> Order(IEnumerable<HousingApplication> applications) =>
        applications.Where(a => a.Status == HousingApplicationStatus.Waiting)
            .OrderBy(a => a.Tier).ThenBy(a => a.AppliedAt).ThenBy(a => a.Id);

    public static IQueryable<HousingApplication> Order(IQueryable<HousingApplication> applications) =>
        applications.Where(a => a.Status == HousingApplicationStatus.Waiting)
            .OrderBy(a => a.Tier).ThenBy(a => a.AppliedAt).ThenBy(a => a.Id);

    /// <summary>The first waiting applicant whose tier the unit accepts, or null.</summary>
    public static HousingApplication? NextFor(ApartmentUnit unit, IEnumerable<HousingApplication> applications) =>
        Order(applications).FirstOrDefault(a => TalentTiers.MeetsOrExceeds(a.Tier, unit.MinTier));
}
