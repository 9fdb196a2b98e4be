namespace Qingmeng.Finance.Model;

/// <summary>One indicator's contribution to a white-list score.</summary>
public sealed record IndicatorScore(string Indicator, string Label, string Value, decimal Points, decimal MaxPoints);

public sealed record WhitelistScore(decimal Total, bool Vetoed, IReadOnlyList<IndicatorScore> Indicators)
{
    public bool Qualifies(decimal threshold) => !Vetoed && Total >= threshold;
}
