namespace Qingmeng.Governance.Application;

/// <summary>
/// One indicator of a period: its value, the same period's value a year earlier and the growth between them in percent.
/// A rate without cases to rate is null; the prior-year value is null when the prior-year period has no data for the
/// indicator; growth is null when there is no prior-year value or it is zero (never a division by zero).
/// </summary>
public sealed record ScorecardIndicator(string Code, string Name, string Unit, decimal? Value, decimal? PriorYearValue, decimal? YearOnYearGrowthPercent);

public sealed record ScorecardReport(int Year, string Period, DateOnly From, DateOnly To, int Population, IReadOnlyList<ScorecardIndicator> Indicators);

/// <summary>Turns the aggregates of a period (and of the same period a year earlier) into the seed's indicators.</summary>
public static class ScorecardReporter
{
    /// <summary>An indicator as a function of one year's cells of the period (and whether that is the requested year).</summary>
    private sealed record Definition(string Code, string Name, string Unit, Func<Func<string, decimal?>, bool, decimal?> Value);

    private static readonly Definition[] Definitions =
    [
        Count(ScorecardMeasures.CasesFiled, "受理矛盾诉求事件", "件"),
        Count(ScorecardMeasures.CasesDispatched, "平台调度事件", "件"),
        Count(ScorecardMeasures.CasesClosed, "办结事件", "件"),
        Rate("cases.completionRate", "办结率", ScorecardMeasures.CasesClosed, ScorecardMeasures.CasesFiled),
        Rate("cases.onTimeRate", "按时办结率（及时率）", ScorecardMeasures.CasesClosedOnTime, ScorecardMeasures.CasesClosedTimed),
        Rate("cases.satisfactionRate", "满意率", ScorecardMeasures.CasesSatisfied, ScorecardMeasures.CaseFollowUps),
        Count(ScorecardMeasures.ProjectsRegistered, "帮代办项目", "个"),
        Count(ScorecardMeasures.KeyProjectsRegistered, "帮代办重点项目", "个"),
        Count(ScorecardMeasures.FirmsServed, "帮代办服务企业", "家"),
        Count(ScorecardMeasures.ApprovalTasksCompleted, "审批事项办结", "件"),
        Count(ScorecardMeasures.ProjectsReady, "具备开工条件项目", "个"),
        Count(ScorecardMeasures.SubsidyAmount, "惠企资金兑现金额", "元"),
        Count(ScorecardMeasures.SubsidyFirmTimes, "惠及企业", "家次"),
        Count(ScorecardMeasures.LoanAmount, "银行贷款投放金额", "元"),
        Count(ScorecardMeasures.Loans, "银行贷款投放", "笔"),
        Count(ScorecardMeasures.NewSpecialisedFirms, "新增专精特新企业", "家"),
        Count(ScorecardMeasures.TalentsCertified, "新认定人才", "名"),
        Count(ScorecardMeasures.HighLevelTalents, "新认定高层次人才", "名"),
        Count(ScorecardMeasures.Hires, "确认录用", "人"),
        Count(ScorecardMeasures.AmbassadorHires, "引工大使促成录用", "人"),
        Count(ScorecardMeasures.MicroErrorTolerance, "适用微错容纠（包容审慎）涉企案件", "件"),
        Count(ScorecardMeasures.NoPenaltyDecisions, "不予处罚决定", "件"),
        Count(ScorecardMeasures.CreditRepairs, "完成信用修复", "件"),
        Count(ScorecardMeasures.RetentionIncentivesDue, "到期稳岗奖励", "笔"),
        Count(ScorecardMeasures.RetentionIncentivesPaid, "已兑现稳岗奖励", "笔"),
        Rate("retention.fulfilmentRate", "稳工留岗政策兑现率", ScorecardMeasures.RetentionIncentivesPaid, ScorecardMeasures.RetentionIncentivesDue),
        // 初信办理质量: the province ranks the counties (全省第三、全市第一); these are the figures the platform computes itself.
        Count(ScorecardMeasures.FirstLettersFiled, "受理初信", "件"),
        Rate("petitions.firstLetterCompletionRate", "初信办结率", ScorecardMeasures.FirstLettersClosed, ScorecardMeasures.FirstLettersFiled),
        Rate("petitions.firstLetterOnTimeRate", "初信按期办结率", ScorecardMeasures.FirstLettersClosedOnTime, ScorecardMeasures.FirstLettersClosedTimed),
        Rate("petitions.firstLetterSatisfactionRate", "初信满意率", ScorecardMeasures.FirstLettersSatisfied, ScorecardMeasures.FirstLetterFollowUps),
        Count(ScorecardMeasures.GuidedProjects, "申报辅导项目", "个"),
        Count(ScorecardMeasures.InvestmentIntentions, "招商签约意向项目", "个"),
        Count(ScorecardMeasures.InvestmentContracts, "签订正式合同项目", "个"),
        Rate("investment.contractConversionRate", "正式合同转化率", ScorecardMeasures.InvestmentIntentionsConverted, ScorecardMeasures.InvestmentIntentions),
    ];

    /// <summary>The stock measures: every month's cells up to the period's end are summed, whatever year they are in.</summary>
    public static readonly string[] StockMeasures = [ScorecardMeasures.HighLevelTalents, ScorecardMeasures.NewSpecialisedFirms];

    public const string HighLevelTalentsPer10kCode = "talents.highLevelPer10k";

    public const string SpecialisedStockCode = "firms.specialisedStock";

    /// <summary>
    /// <paramref name="cells"/> holds the period's cells for <paramref name="year"/> and the year before, and every month's
    /// high-level talents and new 专精特新 firms up to the period's end (the per-10,000 figure and the 专精特新 total are
    /// stocks: all certified up to then; the platform records no revocation of a certification, so none is taken off).
    /// </summary>
    public static ScorecardReport Build(int year, string period, IReadOnlyDictionary<ScorecardCell, decimal> cells, int population)
    {
        var (firstMonth, lastMonth) = ScorecardPeriods.Months(period) ?? throw new ArgumentException($"Unknown period {period}.", nameof(period));
        Func<string, decimal?> Lookup(int y) => measure => cells.TryGetValue(new ScorecardCell(y, period, measure), out var value) ? value : null;

        var indicators = new List<ScorecardIndicator>();
        foreach (var definition in Definitions)
        {
            indicators.Add(Indicator(definition.Code, definition.Name, definition.Unit, definition.Value(Lookup(year), true), definition.Value(Lookup(year - 1), false), round: definition.Unit == "%"));
        }

        decimal? StockAt(string measure, int y)
        {
            var months = cells.Where(c => c.Key.Measure == measure && c.Key.Period.StartsWith('M')
                && (c.Key.Year < y || (c.Key.Year == y && int.Parse(c.Key.Period.AsSpan(1)) <= lastMonth))).ToList();
            return months.Count == 0 ? null : months.Sum(c => c.Value);
        }
        decimal? Per10k(int y) => population <= 0 ? null : StockAt(ScorecardMeasures.HighLevelTalents, y) * 10_000m / population;
        indicators.Add(Indicator(HighLevelTalentsPer10kCode, "每万人高层次人才拥有量", "名/万人",
            population <= 0 ? null : Per10k(year) ?? 0m, Per10k(year - 1), round: true));
        indicators.Add(Indicator(SpecialisedStockCode, "专精特新企业总数", "家",
            StockAt(ScorecardMeasures.NewSpecialisedFirms, year) ?? 0m, StockAt(ScorecardMeasures.NewSpecialisedFirms, year - 1), round: false));

        return new ScorecardReport(year, period, new DateOnly(year, firstMonth, 1),
            new DateOnly(year, lastMonth, DateTime.DaysInMonth(year, lastMonth)), population, indicators);
    }

    private static ScorecardIndicator Indicator(string code, string name, string unit, decimal? value, decimal? prior, bool round)
    {
        decimal? growth = value is { } current && prior is { } before && before != 0m ? Round((current - before) / before * 100m) : null;
        return new ScorecardIndicator(code, name, unit, round ? Round(value) : value, round ? Round(prior) : prior, growth);
    }

    private static decimal? Round(decimal? value) => value is { } v ? Math.Round(v, 2, MidpointRounding.AwayFromZero) : null;

    /// <summary>A count or an amount: zero when the period has none; the prior year's is null when it has none.</summary>
    private static Definition Count(string measure, string name, string unit) =>
        new(measure, name, unit, (lookup, current) => lookup(measure) ?? (current ? 0m : null));

    /// <summary>A rate in percent; null without a denominator.</summary>
    private static Definition Rate(string code, string name, string numerator, string denominator) =>
        new(code, name, "%", (lookup, _) => lookup(denominator) is { } den && den != 0m ? (lookup(numerator) ?? 0m) * 100m / den : null);
}
