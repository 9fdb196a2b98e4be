using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Qingmeng.ServiceDefaults.Auditing;
using Qingmeng.ServiceDefaults.Authentication;
using Qingmeng.ServiceDefaults.Calendar;
using Qingmeng.ServiceDefaults.Problems;
using Qingmeng.ServiceDefaults.Paging;
using Qingmeng.ServiceDefaults.Validation;
using Qingmeng.Talent.Operations;
using Qingmeng.Talent.Application;
using Qingmeng.Talent.Infrastructure;
using Qingmeng.Talent.Model;
using Qingmeng.ServiceDefaults.Data;

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
