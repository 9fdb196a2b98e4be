using System.ComponentModel.DataAnnotations;
using Qingmeng.ServiceDefaults.Authentication;
using Qingmeng.ServiceDefaults.Validation;
using Qingmeng.Talent.Application;
using Qingmeng.Talent.Model;

namespace Qingmeng.Talent.Apis;

public sealed record BookHealthServiceRequest(
    [property: Required] Guid? SlotId,
    [property: Required, StringLength(50, MinimumLength = 2)] string Name,
    [property: Required, MobileNumber] string Phone,
    [property: StringLength(300, MinimumLength = 2)] string? Address,
    [property: StringLength(500)] string? Note);

public sealed record HealthServiceView(Guid Id, string Code, string Name, HealthServiceKind Kind, string KindLabel, string Provider, string Description, TimeOnly OpensAt, TimeOnly ClosesAt)
{
    public static HealthServiceView From(HealthService s) => new(s.Id, s.Code, s.Name, s.Kind, HealthBookingsApi.KindLabel(s.Kind), s.Provider, s.Description, s.OpensAt, s.ClosesAt);
}

/// <summary>A booking; name, phone and address in clear for the citizen who booked and the welfare officers.</summary>
public sealed record HealthBookingView(
    Guid Id, Guid SlotId, Guid ServiceId, string ServiceName, DateOnly Date, TimeOnly StartsAt, TimeOnly EndsAt,
    string Name, string Phone, string? Address, string? Note, HealthBookingStatus Status, DateTimeOffset BookedAt, DateTimeOffset? CancelledAt)
{
    public static HealthBookingView From(HealthBooking b, HealthServiceSlot slot, HealthService service, PlatformUser viewer)
    {
        var clear = b.CitizenSubject == viewer.Subject || viewer.IsWelfareOfficer();
        return new(b.Id, b.SlotId, b.ServiceId, service.Name, slot.Date, slot.StartsAt, slot.EndsAt,
            clear ? b.Name : TalentAccess.MaskName(b.Name), clear ? b.Phone : MobileNumber.Mask(b.Phone), clear ? b.Address : null, b.Note,
            b.Status, b.BookedAt, b.CancelledAt);
    }
}
