namespace Qingmeng.Finance.Model;

/// <summary>An investment of the zone's industry fund (产业投资基金, 5.32 亿元) in a firm.</summary>
public sealed class FundInvestment
{
    public Guid Id { get; private set; }

    public string FundCode { get; private set; } = "";

    public string CreditCode { get; private set; } = "";

    public string FirmName { get; private set; } = "";

    public decimal Amount { get; private set; }

    public DateOnly InvestedOn { get; private set; }

    public string Instrument { get; private set; } = "";

    public string RecordedBy { get; private set; } = "";

    public DateTimeOffset RecordedAt { get; private set; }

    private FundInvestment()
    {
    }

    public static FundInvestment Record(string fundCode, string creditCode, string firmName, decimal amount, DateOnly investedOn, string instrument, string recordedBy, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        FundCode = fundCode,
        CreditCode = creditCode,
        FirmName = firmName,
        Amount = amount,
        InvestedOn = investedOn,
        Instrument = instrument,
        RecordedBy = recordedBy,
        RecordedAt = now,
    };
}
