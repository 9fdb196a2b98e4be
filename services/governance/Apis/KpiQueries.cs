using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Qingmeng.ServiceDefaults.Authentication;
using Qingmeng.ServiceDefaults.Calendar;
using Qingmeng.ServiceDefaults.Paging;
using Qingmeng.Governance.Model;

namespace Qingmeng.Governance.Apis;

/// <summary>
/// A period in China dates, both ends included; <c>asOf</c> defaults to the end of the period (24:00 China time of <c>to</c>)
/// or, while the period has not ended yet, to now.
/// </summary>
public sealed record KpiQuery(
    [property: Required] DateOnly? From,
    [property: Required] DateOnly? To,
    [property: StringLength(16)] string? DepartmentCode,
    DateTimeOffset? AsOf);

public sealed record KpiDrillDownQuery(
    [property: Required] DateOnly? From,
    [property: Required] DateOnly? To,
    [property: Required, StringLength(16)] string? DepartmentCode,
    [property: Required] KpiIndicator? Indicator,
    KpiOutcome? Outcome,
    DateTimeOffset? AsOf);
