using Qingmeng.ServiceDefaults.Authentication;
using Qingmeng.ServiceDefaults.Validation;
using Qingmeng.Talent.Application;
using Qingmeng.Talent.Model;

namespace Qingmeng.Talent.Apis;

/// <summary>
/// A register entry. The head's resident ID, name and phone are in clear for welfare (民政局) officers only — the
/// handling officers; an admin reading the register sees them masked.
/// </summary>
public sealed record HouseholdView(
    Guid Id, string HeadName, string ResidentIdNumber, string Phone, int MembersCount, DifficultyType DifficultyType, string DifficultyLabel,
    string? EmployerCreditCode, string Address, decimal IncomePerCapita, HouseholdStatus Status, DateOnly LastReviewedOn, DateOnly NextReviewDue,
    bool ReviewOverdue, DateOnly? ExitedOn, ExitReason? ExitReason, int Entries, DateTimeOffset RegisteredAt)
{
    public static HouseholdView From(WelfareHousehold h, PlatformUser viewer, DateOnly today)
    {
        var clear = viewer.IsWelfareOfficer();
        return new(h.Id, clear ? h.HeadName : TalentAccess.MaskName(h.HeadName), clear ? h.ResidentIdNumber : h.ResidentIdMasked,
            clear ? h.Phone : MobileNumber.Mask(h.Phone), h.MembersCount, h.DifficultyType, DifficultyTypes.Label(h.DifficultyType),
            h.EmployerCreditCode, h.Address, h.IncomePerCapita, h.Status, h.LastReviewedOn, h.NextReviewDue, h.IsReviewOverdue(today),
            h.ExitedOn, h.ExitReason, h.Entries, h.RegisteredAt);
    }
}

public sealed record HouseholdHistoryView(
    HouseholdAction Action, DateOnly On, DateTimeOffset At, string By, DifficultyType DifficultyType, int MembersCount, decimal IncomePerCapita, ExitReason? ExitReason, string? Note)
{
    public static HouseholdHistoryView From(WelfareHouseholdHistory h) => new(h.Action, h.On, h.At, h.By, h.DifficultyType, h.MembersCount, h.IncomePerCapita, h.ExitReason, h.Note);
}

public sealed record HouseholdDetailView(HouseholdView Household, IReadOnlyList<HouseholdHistoryView> History);
