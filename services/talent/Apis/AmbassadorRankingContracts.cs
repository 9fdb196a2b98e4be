using System.ComponentModel.DataAnnotations;
using Qingmeng.Talent.Model;


namespace Qingmeng.Talent.Apis;

public sealed record AmbassadorRankingQuery([property: Required, Range(2000, 2100)] int? Year);

/// <summary>One ambassador's year: referrals registered, the hires they became (confirmed by the firm), those retained 6 months, any award.</summary>
public sealed record AmbassadorRankingRow(int Rank, Guid AmbassadorId, string Name, string Region, int Referrals, int Hires, int RetainedSixMonths, string? Award);

public sealed record AmbassadorRankingView(int Year, IReadOnlyList<AmbassadorRankingRow> Items);
