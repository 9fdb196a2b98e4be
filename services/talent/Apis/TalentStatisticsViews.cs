using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Qingmeng.ServiceDefaults.Auditing;
using Qingmeng.ServiceDefaults.Authentication;
using Qingmeng.ServiceDefaults.Calendar;
using Qingmeng.ServiceDefaults.Problems;
using Qingmeng.ServiceDefaults.Messaging;
using Qingmeng.ServiceDefaults.Paging;
using Qingmeng.ServiceDefaults.Validation;
using Qingmeng.Talent.Operations;
using Qingmeng.Talent.Application;
using Qingmeng.Talent.Infrastructure;
using Qingmeng.Talent.Model;
using Qingmeng.ServiceDefaults.Data;

namespace Qingmeng.Talent.Apis;

public sealed record TierCount(TalentTier Tier, string Label, int Count);

/// <summary>A firm's certified talents (current certifications) per tier: what policy-match keeps in the firm's profile.</summary>
public sealed record FirmTalentCounts(string CreditCode, IReadOnlyList<TierCount> ByTier, int HighLevel, int Total);

/// <summary>The zone's figure: high-level talents (A–D) per 10,000 residents.</summary>
public sealed record ZoneTalentStatistics(IReadOnlyList<TierCount> ByTier, int HighLevel, int Population, decimal HighLevelPerTenThousand);
