using System.ComponentModel.DataAnnotations;
using Qingmeng.Talent.Model;

namespace Qingmeng.Talent.Apis;

public sealed record OpenSlotRequest(
    [property: Required] DateOnly? Date,
    [property: Required] TimeOnly? StartsAt,
    [property: Required] TimeOnly? EndsAt,
    [property: Required, Range(1, 500)] int? Capacity);

public sealed record SlotQuery(DateOnly? From, DateOnly? To);

public sealed record SlotView(Guid Id, Guid ServiceId, DateOnly Date, TimeOnly StartsAt, TimeOnly EndsAt, int Capacity, int Booked, int Remaining)
{
    public static SlotView From(HealthServiceSlot s) => new(s.Id, s.ServiceId, s.Date, s.StartsAt, s.EndsAt, s.Capacity, s.Booked, s.Capacity - s.Booked);
}
