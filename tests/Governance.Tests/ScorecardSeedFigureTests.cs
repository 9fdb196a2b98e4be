using Qingmeng.Contracts;
using Qingmeng.Governance.Application;
using Qingmeng.Governance.Operations;

namespace Governance.Tests;

/// <summary>The case study's figures the scorecard computes from events: 稳工留岗政策兑现率 and the stock of 专精特新 firms.</summary>
public sealed class ScorecardSeedFigureTests
{
    private static readonly TimeSpan China = TimeSpan.FromHours(8);
    private const string FirmA = "91350500MA2XQM0001";

    private static readonly ScorecardCalculator Calculator = new(new ScorecardOptions { Population = 10_000 });

    private static DateTimeOffset At(int year, int month, int day) => new(year, month, day, 10, 0, 0, China);

    private static T On<T>(T message, DateTimeOffset at) where T : IntegrationEvent => message with { OccurredAt = at };

    private static Dictionary<string, ScorecardIndicator> Report(IEnumerable<IntegrationEvent> events, int year, string period) =>
        ScorecardReporter.Build(year, period, Calculator.Rebuild(events.Select(ScorecardFactMapper.From)), population: 10_000).Indicators.ToDictionary(i => i.Code);

    [Fact]
    public void Retention_incentives_count_where_they_fell_due_and_the_paid_over_the_due_is_the_fulfilment_rate()
    {
        Guid r1 = Guid.NewGuid(), r2 = Guid.NewGuid(), r3 = Guid.NewGuid(), r4 = Guid.NewGuid(), ambassador = Guid.NewGuid();
        IntegrationEvent[] events =
        [
            // Due in January, February and March 2026; the January one paid in January, the March one paid in April
            // (it still counts in Q1, where it fell due); the February one unpaid. One due in May, unpaid.
            On(new RetentionIncentiveDue(r1, FirmA, ambassador, 1_000m, new DateOnly(2026, 1, 10)), At(2026, 1, 10)),
            On(new RetentionIncentivePaid(r1, FirmA, ambassador, 1_000m, new DateOnly(2026, 1, 10), new DateOnly(2026, 1, 15)), At(2026, 1, 15)),
            On(new RetentionIncentiveDue(r2, FirmA, ambassador, 1_000m, new DateOnly(2026, 2, 10)), At(2026, 2, 10)),
            On(new RetentionIncentiveDue(r3, FirmA, ambassador, 1_000m, new DateOnly(2026, 3, 30)), At(2026, 3, 30)),
            On(new RetentionIncentivePaid(r3, FirmA, ambassador, 1_000m, new DateOnly(2026, 3, 30), new DateOnly(2026, 4, 3)), At(2026, 4, 3)),
            On(new RetentionIncentiveDue(r4, FirmA, ambassador, 1_000m, new DateOnly(2026, 5, 6)), At(2026, 5, 6)),
        ];

        var q1 = Report(events, 2026, "Q1");
        Assert.Equal(3m, q1["retention.incentivesDue"].Value);
        Assert.Equal(2m, q1["retention.incentivesPaid"].Value);
        // 2 of 3 = 66.67 %; no incentive a year earlier: no prior value, no growth.
        Assert.Equal(new ScorecardIndicator("retention.fulfilmentRate", "稳工留岗政策兑现率", "%", 66.67m, null, null), q1["retention.fulfilmentRate"]);
        Assert.Equal(0m, Report(events, 2026, "Q2")["retention.fulfilmentRate"].Value);
        Assert.Equal(100m, Report(events, 2026, "M01")["retention.fulfilmentRate"].Value);
        // Nothing fell due in June: no rate at all.
        Assert.Null(Report(events, 2026, "M06")["retention.fulfilmentRate"].Value);
    }

    [Fact]
    public void The_specialised_stock_is_every_firm_certified_up_to_the_period_end_and_its_growth_reproduces_the_seed()
    {
        // 12 firms certified in 2023, 13 more in 2024 (5 of them in the first half); one 2023 firm upgraded to 小巨人 in
        // 2024 is no new firm; a 高新技术企业 is not 专精特新.
        var events = new List<IntegrationEvent>();
        for (var i = 0; i < 25; i++)
        {
            var granted = i < 12 ? new DateOnly(2023, 3 + i % 9, 10) : i < 17 ? new DateOnly(2024, 2 + i % 4, 12) : new DateOnly(2024, 8 + i % 4, 12);
            events.Add(On(new FirmCertificationGranted(Firm(i), "省级专精特新中小企业", granted), At(granted.Year, granted.Month, granted.Day)));
        }
        events.Add(On(new FirmCertificationGranted(Firm(0), "国家级专精特新小巨人", new DateOnly(2024, 9, 1)), At(2024, 9, 1)));
        events.Add(On(new FirmCertificationGranted(Firm(30), "高新技术企业", new DateOnly(2024, 9, 1)), At(2024, 9, 1)));

        var year = Report(events, 2024, "Y");
        // 新增省级专精特新中小企业13家、总数达25家、同比增长108.3%: (25 − 12) / 12.
        Assert.Equal(13m, year["firms.newSpecialised"].Value);
        Assert.Equal(new ScorecardIndicator("firms.specialisedStock", "专精特新企业总数", "家", 25m, 12m, 108.33m), year["firms.specialisedStock"]);
        // At the end of June 2024: the 12 and the 5 of the first half; a year earlier only the ones certified by June 2023.
        var h1 = Report(events, 2024, "H1");
        Assert.Equal(17m, h1["firms.specialisedStock"].Value);
        Assert.Equal(7m, h1["firms.specialisedStock"].PriorYearValue);
        // Before any certification the stock is zero, and there is no prior value.
        Assert.Equal(new ScorecardIndicator("firms.specialisedStock", "专精特新企业总数", "家", 0m, null, null), Report(events, 2023, "M01")["firms.specialisedStock"]);
    }

    private static string Firm(int i) => $"91350500MA2XQM{i:D4}";
}
