namespace Qingmeng.Finance.Apis;

/// <summary>The financing needs recorded from <c>from</c> to <c>to</c> (China dates, inclusive); a year up to today by default.</summary>
public sealed record MatchmakingEfficiencyQuery(DateOnly? From, DateOnly? To);
