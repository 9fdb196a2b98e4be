using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Qingmeng.Contracts.ReferenceData;
using Qingmeng.Contracts;
using Qingmeng.ServiceDefaults.Auditing;
using Qingmeng.ServiceDefaults.Authentication;
using Qingmeng.ServiceDefaults.Calendar;
using Qingmeng.ServiceDefaults.Data;
using Qingmeng.ServiceDefaults.Messaging;

namespace Qingmeng.Governance.Apis;

/// <summary>A year's schedule as the State Council notice gives it: each holiday with its days off and its 调休 working days.</summary>
public sealed record LoadHolidayScheduleRequest(string? Notice, IReadOnlyList<HolidayRequest?>? Holidays);

public sealed record HolidayRequest(string? Name, IReadOnlyList<DateOnly>? DaysOff, IReadOnlyList<DateOnly>? MakeUpWorkdays);
