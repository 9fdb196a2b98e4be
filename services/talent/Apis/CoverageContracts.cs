using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Qingmeng.ServiceDefaults.Auditing;
using Qingmeng.ServiceDefaults.Authentication;
using Qingmeng.ServiceDefaults.Problems;
using Qingmeng.ServiceDefaults.Paging;
using Qingmeng.Talent.Operations;
using Qingmeng.Talent.Infrastructure;
using Qingmeng.Talent.Model;
using Qingmeng.ServiceDefaults.Data;

using Qingmeng.Talent.Application;

namespace Qingmeng.Talent.Apis;

public sealed record CoverageQuery(
    [property: Range(1.0, 10.0)] double? WalkingSpeedKmh,
    [property: Range(1.0, 60.0)] double? Minutes);

public sealed record CoverageView(
    double WalkingSpeedKmh, double Minutes, double DetourFactor, double CellMetres, int ServicePoints, CoverageReport Coverage);
