namespace Qingmeng.Finance.Application;

/// <summary>One group's needs: how many got a first loan, and the calendar days from the need to it.</summary>
public sealed record MatchmakingGroupView(int Needs, int Loans, int NeedsWithoutLoan, decimal? MedianDays, decimal? MeanDays);

/// <summary>
/// 银企对接效率. <c>EfficiencyGainPercent</c> compares the median days as speed: the others' median over the
/// white-listed firms' median, less one (14 days against 10 is +40 %). <c>TimeSavedPercent</c> is the same comparison as
/// time saved (4 of 14 days, 28.6 %). Both are null while either group has no loan.
/// </summary>
public sealed record MatchmakingEfficiencyView(
    DateOnly From, DateOnly To, MatchmakingGroupView Whitelisted, MatchmakingGroupView Others, decimal? EfficiencyGainPercent, decimal? TimeSavedPercent);
