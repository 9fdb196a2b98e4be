using Qingmeng.ServiceDefaults.Calendar;
using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Qingmeng.ServiceDefaults.Auditing;
using Qingmeng.ServiceDefaults.Authentication;
using Qingmeng.ServiceDefaults.Problems;
using Qingmeng.ServiceDefaults.Data;
using Qingmeng.Talent.Infrastructure;
using Qingmeng.Talent.Model;

using Qingmeng.Talent.Application;

namespace Qingmeng.Talent.Apis;

public sealed record AmbassadorRankingQuery([property: Required, Range(2000, 2100)] int? Year);

/// <summary>One ambassador's year: referrals registered, the hires they became (confirmed by the firm), those retained 6 months, any award.</summary>
public sealed record AmbassadorRankingRow(int Rank, Guid AmbassadorId, string Name, string Region, int Referrals, int Hires, int RetainedSixMonths, string? Award);

public sealed record AmbassadorRankingView(int Year, IReadOnlyList<AmbassadorRankingRow> Items);
