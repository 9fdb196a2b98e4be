namespace Qingmeng.Governance.Model;

/// <summary>One additive measure of one period (<c>M01</c>…<c>M12</c>, <c>Q1</c>…<c>Q4</c>, <c>H1</c>, <c>H2</c>, <c>Y</c>) of a year.</summary>
public sealed class ScorecardAggregate
{
    public int Year { get; private set; }

    public string Period { get; private set; } = "";

    public string Measure { get; private set; } = "";

    public decimal Value { get; private set; }

    public uint Version { get; private set; }

    private ScorecardAggregate()
    {
    }

    public static ScorecardAggregate Start(int year, string period, string measure, decimal value) =>
        new() { Year = year, Period = period, Measure = measure, Value = value };

    public void Add(decimal delta) => Value += delta;
}
