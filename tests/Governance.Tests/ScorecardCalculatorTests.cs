using Qingmeng.Contracts;
using Qingmeng.Governance.Application;
using Qingmeng.Governance.Model;
using Qingmeng.Governance.Operations;

namespace Governance.Tests;

/// <summary>
/// The zone scorecard over a fixed event set (Q1 2026 and, for year-on-year growth, Q1 2025), with every expected
/// figure worked out by hand in the comments; and the incremental aggregates equal to the ones rebuilt from the log.
/// </summary>
public sealed class ScorecardCalculatorTests
{
    private static readonly TimeSpan China = TimeSpan.FromHours(8);
    private const string FirmA = "91350500MA2XQM0001";
    private const string FirmB = "91350500MA2XQM0002";
    private const string FirmC = "91350500MA2XQM0003";

    private static readonly ScorecardCalculator Calculator = new(new ScorecardOptions { Population = 10_000 });

    private static DateTimeOffset At(int year, int month, int day, int hour = 10, int minute = 0) => new(year, month, day, hour, minute, 0, China);

    private static T On<T>(T message, DateTimeOffset at) where T : IntegrationEvent => message with { OccurredAt = at };

    private static CaseFiled Filed(Guid id, DateTimeOffset at, Guid? duplicateOf = null) =>
        On(new CaseFiled(id, "GD" + id.ToString("N")[..8], "Hotline", "CONSTRUCT", "夜间施工噪声扰民", null, duplicateOf), at);

    private static CaseDispatched Dispatched(Guid id, DateTimeOffset at) =>
        On(new CaseDispatched(id, "GD", "ZJJ", [], at.AddDays(1)), at);

    private static CaseClosed Closed(Guid id, DateTimeOffset at, bool? onTime) =>
        On(new CaseClosed(id, "GD", "CONSTRUCT", "夜间施工噪声扰民", "已责令夜间停工", null, onTime), at);

    private static CaseFollowedUp FollowedUp(Guid id, DateTimeOffset at, bool satisfied) =>
        On(new CaseFollowedUp(id, "GD", "CONSTRUCT", satisfied, null), at);

    private static readonly Guid C1 = Guid.NewGuid(), C2 = Guid.NewGuid(), C3 = Guid.NewGuid(), C4 = Guid.NewGuid(),
        C5 = Guid.NewGuid(), C6 = Guid.NewGuid(), P1 = Guid.NewGuid();

    private static readonly IntegrationEvent[] Events =
    [
        // Cases filed in Q1 2026.
        // C1: dispatched, closed on time, satisfied.
        Filed(C1, At(2026, 1, 5)), Dispatched(C1, At(2026, 1, 5, 11)), Closed(C1, At(2026, 1, 9), true), FollowedUp(C1, At(2026, 1, 10), true),
        // C2: closed late, unsatisfied (重办), closed again on time in April, satisfied: counts in February (its filing).
        Filed(C2, At(2026, 2, 10)), Dispatched(C2, At(2026, 2, 10, 11)), Closed(C2, At(2026, 3, 2), false), FollowedUp(C2, At(2026, 3, 3), false),
        Closed(C2, At(2026, 4, 2), true), FollowedUp(C2, At(2026, 4, 3), true),
        // C3: dispatched, still open.
        Filed(C3, At(2026, 3, 20)), Dispatched(C3, At(2026, 3, 20, 11)),
        // C4: a duplicate of C3: counted nowhere.
        Filed(C4, At(2026, 3, 21), duplicateOf: C3), Closed(C4, At(2026, 3, 22), true),
        // C5: filed at 23:30 CST on 31 March (15:30 UTC, still March in China), closed by the centre itself (即办).
        Filed(C5, At(2026, 3, 31, 23, 30)), Closed(C5, At(2026, 4, 1, 9), true),
        // C6: its filing is not in the log: counted nowhere.
        Closed(C6, At(2026, 2, 1), true),
        // Q1 2025, the prior year: one case closed late, satisfied.
        Filed(P1, At(2025, 2, 1)), Dispatched(P1, At(2025, 2, 1, 11)), Closed(P1, At(2025, 3, 20), false), FollowedUp(P1, At(2025, 3, 21), true),

        // Subsidies (秒兑现): Q1 2026 three payments; the fourth is paid at 00:10 CST on 1 April (Q2). Q1 2025 two.
        On(new SubsidyDisbursed(Guid.NewGuid(), "QM-ZJTX-01", 1, FirmA, 1_200_000m, "2026Q1"), At(2026, 1, 20)),
        On(new SubsidyDisbursed(Guid.NewGuid(), "QM-ZJTX-01", 1, FirmB, 800_000m, "2026Q1"), At(2026, 2, 20)),
        On(new SubsidyDisbursed(Guid.NewGuid(), "QM-WG-02", 1, FirmA, 500_000m, "2026Q1"), At(2026, 3, 20)),
        On(new SubsidyDisbursed(Guid.NewGuid(), "QM-WG-02", 1, FirmC, 300_000m, "2026Q2"), At(2026, 4, 1, 0, 10)),
        On(new SubsidyDisbursed(Guid.NewGuid(), "QM-ZJTX-01", 1, FirmA, 1_500_000m, "2025Q1"), At(2025, 1, 20)),
        On(new SubsidyDisbursed(Guid.NewGuid(), "QM-ZJTX-01", 1, FirmB, 500_000m, "2025Q1"), At(2025, 3, 20)),

        // 帮代办: firm A registers a key project in January, a task completes in February, ready on 15 March; firm B registers in March.
        On(new ProjectRegistered(Guid.NewGuid(), "杰嘉电子生产基地", FirmA, 300_000_000m, "C39", true), At(2026, 1, 8)),
        On(new ApprovalTaskCompleted(Guid.NewGuid(), Guid.NewGuid(), "JS-SGXK", FirmA, true, 4), At(2026, 2, 12)),
        On(new ProjectReadyForConstruction(Guid.NewGuid(), "杰嘉电子生产基地", FirmA, new DateOnly(2026, 3, 15)), At(2026, 3, 15)),
        On(new ProjectRegistered(Guid.NewGuid(), "路金汽车精密零部件", FirmB, 80_000_000m, "C36", false), At(2026, 3, 3)),

        // 专精特新: A is new in February (its 小巨人 upgrade in March is not a new firm); B's 高新技术企业 is not 专精特新;
        // C became 专精特新 in December 2025.
        On(new FirmCertificationGranted(FirmA, "省级专精特新中小企业", new DateOnly(2026, 2, 1)), At(2026, 2, 1)),
        On(new FirmCertificationGranted(FirmA, "国家级专精特新小巨人", new DateOnly(2026, 3, 1)), At(2026, 3, 1)),
        On(new FirmCertificationGranted(FirmB, "高新技术企业", new DateOnly(2026, 1, 15)), At(2026, 1, 15)),
        On(new FirmCertificationGranted(FirmC, "省级专精特新中小企业", new DateOnly(2025, 12, 1)), At(2025, 12, 1)),

        // Talents: 2025 one B (high-level) and one E; Q1 2026 one A and one D (high-level) and one E.
        On(new TalentCertified(Guid.NewGuid(), FirmA, "B"), At(2025, 6, 1)),
        On(new TalentCertified(Guid.NewGuid(), FirmA, "E"), At(2025, 7, 1)),
        On(new TalentCertified(Guid.NewGuid(), FirmB, "A"), At(2026, 1, 15)),
        On(new TalentCertified(Guid.NewGuid(), FirmB, "D"), At(2026, 2, 15)),
        On(new TalentCertified(Guid.NewGuid(), FirmC, "E"), At(2026, 3, 15)),

        // A loan and two hires in Q1 2026, one through a recruiting ambassador (dated by their business dates).
        On(new LoanDisbursed(Guid.NewGuid(), FirmA, "QZRCB", "KCD", 1_000_000m, 12, new DateOnly(2026, 3, 5)), At(2026, 3, 6)),
        On(new HireConfirmed(Guid.NewGuid(), FirmA, Guid.NewGuid(), Guid.NewGuid(), new DateOnly(2026, 1, 10)), At(2026, 1, 11)),
        On(new HireConfirmed(Guid.NewGuid(), FirmB, Guid.NewGuid(), null, new DateOnly(2026, 2, 10)), At(2026, 2, 11)),
    ];

    private static ScorecardFact[] Facts => [.. Events.Select(ScorecardFactMapper.From)];

    private static Dictionary<string, ScorecardIndicator> Report(int year, string period) =>
        ScorecardReporter.Build(year, period, Calculator.Rebuild(Facts), population: 10_000).Indicators.ToDictionary(i => i.Code);

    [Fact]
    public void Q1_2026_case_figures_match_the_hand_computed_values_with_duplicates_and_unfiled_cases_left_out()
    {
        var q1 = Report(2026, "Q1");

        // Filed C1 C2 C3 C5 (C4 duplicate, C6 not filed in the log) → 4; prior year P1 → 1; growth (4 − 1) / 1 = 300 %.
        Assert.Equal(new ScorecardIndicator("cases.filed", "受理矛盾诉求事件", "件", 4m, 1m, 300m), q1["cases.filed"]);
        // Dispatched C1 C2 C3 → 3 (C5 closed by the centre without dispatch).
        Assert.Equal(3m, q1["cases.dispatched"].Value);
        // Closed now: C1, C2 (reopened, closed again), C5 → 3 of 4 = 75 %; prior 1 of 1 = 100 %; growth −25 %.
        Assert.Equal(new ScorecardIndicator("cases.completionRate", "办结率", "%", 75m, 100m, -25m), q1["cases.completionRate"]);
        // On time (latest closure): C1 yes, C2 yes (the April closure), C5 yes → 3 / 3 = 100 %; prior P1 late → 0 %: no growth from zero.
        Assert.Equal(new ScorecardIndicator("cases.onTimeRate", "按时办结率（及时率）", "%", 100m, 0m, null), q1["cases.onTimeRate"]);
        // Follow-ups C1 satisfied, C2 unsatisfied then satisfied → 2 / 3 = 66.67 %; prior 1 / 1; growth (66.67 − 100) / 100 = −33.33 %.
        Assert.Equal(new ScorecardIndicator("cases.satisfactionRate", "满意率", "%", 66.67m, 100m, -33.33m), q1["cases.satisfactionRate"]);

        // March alone: C3 and C5 filed, C5 closed → 50 %; no case in March 2025 → no prior value, no growth.
        var march = Report(2026, "M03");
        Assert.Equal(new ScorecardIndicator("cases.completionRate", "办结率", "%", 50m, null, null), march["cases.completionRate"]);
        // Q2 has no case filed: no rate at all.
        Assert.Null(Report(2026, "Q2")["cases.completionRate"].Value);
    }

    [Fact]
    public void Q1_2026_subsidy_agency_firm_and_talent_figures_match_the_hand_computed_values()
    {
        var q1 = Report(2026, "Q1");

        // 1,200,000 + 800,000 + 500,000 = 2,500,000 (the 1 April 00:10 CST payment is Q2); prior 1,500,000 + 500,000 = 2,000,000;
        // growth 500,000 / 2,000,000 = 25 %. Firm-times 3 against 2 → 50 %.
        Assert.Equal(new ScorecardIndicator("subsidies.amount", "惠企资金兑现金额", "元", 2_500_000m, 2_000_000m, 25m), q1["subsidies.amount"]);
        Assert.Equal(new ScorecardIndicator("subsidies.firmTimes", "惠及企业", "家次", 3m, 2m, 50m), q1["subsidies.firmTimes"]);
        Assert.Equal(300_000m, Report(2026, "Q2")["subsidies.amount"].Value);

        // 帮代办: projects A and B → 2, one key project, one task completed, one project ready; firms served A and B → 2,
        // none a year earlier → no prior value, no growth. January alone: only A.
        Assert.Equal(new ScorecardIndicator("approval.firmsServed", "帮代办服务企业", "家", 2m, null, null), q1["approval.firmsServed"]);
        Assert.Equal(2m, q1["approval.projects"].Value);
        Assert.Equal(1m, q1["approval.keyProjects"].Value);
        Assert.Equal(1m, q1["approval.tasksCompleted"].Value);
        Assert.Equal(1m, q1["approval.projectsReady"].Value);
        Assert.Equal(1m, Report(2026, "M01")["approval.firmsServed"].Value);
        // A served in three months of Q1 still counts once in the quarter and once in the year.
        Assert.Equal(2m, Report(2026, "Y")["approval.firmsServed"].Value);

        // 专精特新: new in Q1 2026 only A → 1. The year 2026: 1 against 2025's C → 1; growth 0 %.
        Assert.Equal(1m, q1["firms.newSpecialised"].Value);
        Assert.Equal(new ScorecardIndicator("firms.newSpecialised", "新增专精特新企业", "家", 1m, 1m, 0m), Report(2026, "Y")["firms.newSpecialised"]);

        // Talents: A and D are high-level, E is not → 2 of 3 certified in Q1 2026.
        Assert.Equal(3m, q1["talents.certified"].Value);
        Assert.Equal(2m, q1["talents.highLevel"].Value);
        // Per 10,000 people (population 10,000): to the end of Q1 2026, 2025's B plus A and D = 3 → 3.00; none certified by the
        // end of Q1 2025 → no prior value. For the year: 3 against 1 at the end of 2025 → growth 200 %.
        Assert.Equal(new ScorecardIndicator("talents.highLevelPer10k", "每万人高层次人才拥有量", "名/万人", 3m, null, null), q1["talents.highLevelPer10k"]);
        Assert.Equal(new ScorecardIndicator("talents.highLevelPer10k", "每万人高层次人才拥有量", "名/万人", 3m, 1m, 200m), Report(2026, "Y")["talents.highLevelPer10k"]);

        // A loan of 1,000,000 on 5 March; two hires, one through an ambassador.
        Assert.Equal(1_000_000m, q1["loans.amount"].Value);
        Assert.Equal(1m, q1["loans.count"].Value);
        Assert.Equal(2m, q1["hires.confirmed"].Value);
        Assert.Equal(1m, q1["hires.viaAmbassador"].Value);
        // Nothing a year earlier: zero now is zero; the prior value is null, never a division by zero.
        Assert.Equal(new ScorecardIndicator("loans.count", "银行贷款投放", "笔", 1m, null, null), q1["loans.count"]);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(42)]
    [InlineData(2026)]
    public void Applying_the_events_one_at_a_time_in_any_order_with_redeliveries_equals_the_rebuild(int seed)
    {
        var random = new Random(seed);
        var deliveries = Facts.Concat(Facts.Where((_, i) => i % 3 == 0)).OrderBy(_ => random.Next()).ToList();

        var log = new Dictionary<Guid, ScorecardFact>();
        var aggregates = new Dictionary<ScorecardCell, decimal>();
        foreach (var fact in deliveries)
        {
            if (!log.TryAdd(fact.EventId, fact))
            {
                continue; // a redelivery: already in the log
            }
            var before = fact.IsStandalone ? [] : log.Values.Where(f => f.Subject == fact.Subject && f.EventId != fact.EventId).ToList();
            foreach (var (cell, change) in Calculator.Delta(before, fact))
            {
                aggregates[cell] = aggregates.GetValueOrDefault(cell) + change;
                if (aggregates[cell] == 0m)
                {
                    aggregates.Remove(cell);
                }
            }
        }

        var rebuilt = Calculator.Rebuild(Facts);
        Assert.NotEmpty(rebuilt);
        Assert.Equal(rebuilt.OrderBy(c => c.Key.ToString()), aggregates.OrderBy(c => c.Key.ToString()));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(42)]
    public void A_renewal_adds_only_new_principal_and_a_clawback_takes_its_payment_back_once_in_the_period_it_was_paid(int seed)
    {
        var payment = Guid.NewGuid();
        var loan = Guid.NewGuid();
        var clawback = new SubsidyClawedBack(Guid.NewGuid(), payment, "QM-ZJTX-01", 1, FirmA, 600_000m, "2026Q1", new DateOnly(2026, 1, 20), "更正后不再符合条件");
        IntegrationEvent[] events =
        [
            On(new SubsidyDisbursed(payment, "QM-ZJTX-01", 1, FirmA, 600_000m, "2026Q1"), At(2026, 1, 20)),
            On(new SubsidyDisbursed(Guid.NewGuid(), "QM-ZJTX-01", 1, FirmB, 400_000m, "2026Q1"), At(2026, 2, 20)),
            // Recovered in April; the same clawback published twice (two event ids) still takes the payment back once.
            On(clawback, At(2026, 4, 2)),
            On(clawback with { EventId = Guid.NewGuid() }, At(2026, 4, 2, 11)),
            // A loan of 1,000,000 on 5 March, renewed on 20 March at 1,200,000: 200,000 of new money, no new loan.
            On(new LoanDisbursed(loan, FirmA, "QZBANK", "QZBANK-KCD", 1_000_000m, 12, new DateOnly(2026, 3, 5)), At(2026, 3, 5)),
            On(new LoanDisbursed(Guid.NewGuid(), FirmA, "QZBANK", "QZBANK-XD", 1_200_000m, 12, new DateOnly(2026, 3, 20), RenewsLoanId: loan, ReplacedAmount: 1_000_000m), At(2026, 3, 20)),
        ];
        var facts = events.Select(ScorecardFactMapper.From).ToList();

        var rebuilt = Calculator.Rebuild(facts);
        var q1 = ScorecardReporter.Build(2026, "Q1", rebuilt, population: 10_000).Indicators.ToDictionary(i => i.Code);
        // 600,000 + 400,000 paid in Q1, the first taken back: 400,000 to one firm; nothing is left negative in April.
        Assert.Equal(400_000m, q1["subsidies.amount"].Value);
        Assert.Equal(1m, q1["subsidies.firmTimes"].Value);
        Assert.DoesNotContain(rebuilt, c => c.Value < 0m);
        Assert.Equal(1_200_000m, q1["loans.amount"].Value);
        Assert.Equal(1m, q1["loans.count"].Value);

        // Delivered one at a time, in any order, with redeliveries: the same figures.
        var random = new Random(seed);
        var log = new Dictionary<Guid, ScorecardFact>();
        var aggregates = new Dictionary<ScorecardCell, decimal>();
        foreach (var fact in facts.Concat(facts).OrderBy(_ => random.Next()))
        {
            if (!log.TryAdd(fact.EventId, fact))
            {
                continue;
            }
            var before = fact.IsStandalone ? [] : log.Values.Where(f => f.Subject == fact.Subject && f.EventId != fact.EventId).ToList();
            foreach (var (cell, change) in Calculator.Delta(before, fact))
            {
                aggregates[cell] = aggregates.GetValueOrDefault(cell) + change;
                if (aggregates[cell] == 0m)
                {
                    aggregates.Remove(cell);
                }
            }
        }
        Assert.Equal(rebuilt.OrderBy(c => c.Key.ToString()), aggregates.OrderBy(c => c.Key.ToString()));
    }

    [Fact]
    public void Micro_error_tolerance_counts_every_lenient_treatment_on_its_decision_day_and_no_penalty_ones_separately()
    {
        IntegrationEvent[] lenient =
        [
            // Decided 31 March, published 2 April: counted in March (Q1) on the decision day.
            On(new LenientTreatmentApplied(FirmA, "泉开市监不罚〔2026〕1号", "SCJ-NP-01", "NoPenalty", "SCJ", new DateOnly(2026, 3, 31)), At(2026, 4, 2)),
            On(new LenientTreatmentApplied(FirmB, "泉开消罚〔2026〕2号", "XFJ-RP-01", "ReducedPenalty", "XFJ", new DateOnly(2026, 2, 10)), At(2026, 2, 10)),
            On(new LenientTreatmentApplied(FirmC, "泉开市监不罚〔2025〕9号", "SCJ-NP-02", "NoPenalty", "SCJ", new DateOnly(2025, 1, 5)), At(2025, 1, 5)),
        ];

        var q1 = ScorecardReporter.Build(2026, "Q1", Calculator.Rebuild([.. lenient.Select(ScorecardFactMapper.From)]), population: 10_000)
            .Indicators.ToDictionary(i => i.Code);

        Assert.Equal(new ScorecardIndicator("enforcement.microErrorTolerance", "适用微错容纠（包容审慎）涉企案件", "件", 2m, 1m, 100m), q1["enforcement.microErrorTolerance"]);
        Assert.Equal(1m, q1["enforcement.noPenalty"].Value);
    }

    [Fact]
    public void Credit_repairs_count_on_the_day_they_were_granted()
    {
        IntegrationEvent[] repairs =
        [
            // Granted 31 March, published 1 April: counted in March (Q1).
            On(new CreditRepaired(FirmA, "泉开市监罚〔2025〕31号", new DateOnly(2026, 3, 31)), At(2026, 4, 1)),
            On(new CreditRepaired(FirmB, "泉开市监罚〔2025〕40号", new DateOnly(2026, 1, 8)), At(2026, 1, 8)),
            On(new CreditRepaired(FirmC, "泉开税罚〔2025〕2号", new DateOnly(2026, 4, 8)), At(2026, 4, 8)),
            On(new CreditRepaired(FirmC, "泉开税罚〔2024〕9号", new DateOnly(2025, 3, 8)), At(2025, 3, 8)),
        ];

        var q1 = ScorecardReporter.Build(2026, "Q1", Calculator.Rebuild([.. repairs.Select(ScorecardFactMapper.From)]), population: 10_000)
            .Indicators.ToDictionary(i => i.Code);

        Assert.Equal(new ScorecardIndicator("enforcement.creditRepairs", "完成信用修复", "件", 2m, 1m, 100m), q1["enforcement.creditRepairs"]);
    }

    [Fact]
    public void First_letter_figures_count_only_the_cases_filed_as_petition_letters()
    {
        CaseFiled Letter(Guid id, DateTimeOffset at, Guid? duplicateOf = null) =>
            On(new CaseFiled(id, "GD" + id.ToString("N")[..8], "PetitionLetter", "PETITION", "来信反映征迁补偿问题", null, duplicateOf), at);
        Guid l1 = Guid.NewGuid(), l2 = Guid.NewGuid(), l3 = Guid.NewGuid(), l4 = Guid.NewGuid(), l5 = Guid.NewGuid(), hotline = Guid.NewGuid(), prior = Guid.NewGuid();
        IntegrationEvent[] events =
        [
            // Q1 2026: four first letters. L1 closed on time, satisfied; L2 closed late, unsatisfied (重办, open again);
            // L3 closed on time, no follow-up yet; L4 open; L5 repeats L4: a duplicate, counted nowhere.
            Letter(l1, At(2026, 1, 6)), Closed(l1, At(2026, 1, 20), true), FollowedUp(l1, At(2026, 1, 21), true),
            Letter(l2, At(2026, 2, 3)), Closed(l2, At(2026, 3, 20), false), FollowedUp(l2, At(2026, 3, 21), false),
            Letter(l3, At(2026, 3, 2)), Closed(l3, At(2026, 3, 10), true),
            Letter(l4, At(2026, 3, 9)),
            Letter(l5, At(2026, 3, 10), duplicateOf: l4),
            // A hotline case is no first letter.
            Filed(hotline, At(2026, 1, 7)), Closed(hotline, At(2026, 1, 8), false),
            // Q1 2025: one letter, closed on time, satisfied.
            Letter(prior, At(2025, 2, 1)), Closed(prior, At(2025, 2, 10), true), FollowedUp(prior, At(2025, 2, 11), true),
        ];

        var q1 = ScorecardReporter.Build(2026, "Q1", Calculator.Rebuild([.. events.Select(ScorecardFactMapper.From)]), population: 10_000)
            .Indicators.ToDictionary(i => i.Code);

        Assert.Equal(new ScorecardIndicator("petitions.firstLetters", "受理初信", "件", 4m, 1m, 300m), q1["petitions.firstLetters"]);
        // L1 and L3 closed of four: 50 %; both on time of the two closures timed: 100 %; one satisfied of two follow-ups: 50 %.
        Assert.Equal(new ScorecardIndicator("petitions.firstLetterCompletionRate", "初信办结率", "%", 50m, 100m, -50m), q1["petitions.firstLetterCompletionRate"]);
        Assert.Equal(new ScorecardIndicator("petitions.firstLetterOnTimeRate", "初信按期办结率", "%", 100m, 100m, 0m), q1["petitions.firstLetterOnTimeRate"]);
        Assert.Equal(new ScorecardIndicator("petitions.firstLetterSatisfactionRate", "初信满意率", "%", 50m, 100m, -50m), q1["petitions.firstLetterSatisfactionRate"]);
        // The case figures count every channel: five cases filed (L5 a duplicate).
        Assert.Equal(5m, q1["cases.filed"].Value);
    }

    [Fact]
    public void Guided_projects_count_once_each_on_their_guidance_day()
    {
        var guidance = Guid.NewGuid();
        IntegrationEvent[] guided =
        [
            // Guided on 31 March, published 2 April: counted in March (Q1); the same guidance announced twice counts once.
            On(new ApplicationGuided(guidance, FirmA, "QM-ZJTX-01", new DateOnly(2026, 3, 31)), At(2026, 4, 2)),
            On(new ApplicationGuided(guidance, FirmA, "QM-ZJTX-01", new DateOnly(2026, 3, 31)), At(2026, 4, 2, 11)),
            On(new ApplicationGuided(Guid.NewGuid(), FirmB, "QM-WG-02", new DateOnly(2026, 1, 12)), At(2026, 1, 12)),
            On(new ApplicationGuided(Guid.NewGuid(), FirmC, "QM-WG-02", new DateOnly(2026, 4, 1)), At(2026, 4, 1)),
            On(new ApplicationGuided(Guid.NewGuid(), FirmC, "QM-ZJTX-01", new DateOnly(2025, 2, 1)), At(2025, 2, 1)),
        ];

        var q1 = ScorecardReporter.Build(2026, "Q1", Calculator.Rebuild([.. guided.Select(ScorecardFactMapper.From)]), population: 10_000)
            .Indicators.ToDictionary(i => i.Code);

        Assert.Equal(new ScorecardIndicator("subsidies.guidedProjects", "申报辅导项目", "个", 2m, 1m, 100m), q1["subsidies.guidedProjects"]);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(42)]
    public void The_contract_conversion_rate_is_the_share_of_the_periods_intentions_that_became_contracts(int seed)
    {
        Guid i1 = Guid.NewGuid(), i2 = Guid.NewGuid(), i3 = Guid.NewGuid(), i4 = Guid.NewGuid(), i5 = Guid.NewGuid(), i6 = Guid.NewGuid();
        InvestmentIntentSigned Intent(Guid id, DateOnly on) => new(id, "晋江某投资方", null, 50_000_000m, on);
        InvestmentContractSigned Contract(Guid id, DateOnly intentOn, DateOnly on) => new(id, "晋江某投资方", FirmA, 60_000_000m, intentOn, on);
        IntegrationEvent[] events =
        [
            // Q1 2026: three intentions; i1 became a contract in February, i2 in April (after the quarter), i3 not yet.
            On(Intent(i1, new DateOnly(2026, 1, 10)), At(2026, 1, 10)),
            On(Contract(i1, new DateOnly(2026, 1, 10), new DateOnly(2026, 2, 20)), At(2026, 2, 20)),
            On(Intent(i2, new DateOnly(2026, 3, 5)), At(2026, 3, 5)),
            On(Contract(i2, new DateOnly(2026, 3, 5), new DateOnly(2026, 4, 8)), At(2026, 4, 8)),
            On(Intent(i3, new DateOnly(2026, 3, 25)), At(2026, 3, 25)),
            // i4 was signed as an intention in December 2025 and contracted in March: a Q1 contract, converting a 2025 intention.
            On(Intent(i4, new DateOnly(2025, 12, 1)), At(2025, 12, 1)),
            On(Contract(i4, new DateOnly(2025, 12, 1), new DateOnly(2026, 3, 2)), At(2026, 3, 2)),
            // Q1 2025: two intentions, one contracted.
            On(Intent(i5, new DateOnly(2025, 2, 3)), At(2025, 2, 3)),
            On(Contract(i5, new DateOnly(2025, 2, 3), new DateOnly(2025, 3, 3)), At(2025, 3, 3)),
            On(Intent(i6, new DateOnly(2025, 3, 3)), At(2025, 3, 3)),
        ];
        // A redelivered contract under a new event id changes nothing.
        var facts = events.Append(On(Contract(i1, new DateOnly(2026, 1, 10), new DateOnly(2026, 2, 20)), At(2026, 2, 21)))
            .Select(ScorecardFactMapper.From).ToList();

        var rebuilt = Calculator.Rebuild(facts);
        var q1 = ScorecardReporter.Build(2026, "Q1", rebuilt, population: 10_000).Indicators.ToDictionary(i => i.Code);
        Assert.Equal(new ScorecardIndicator("investment.intentions", "招商签约意向项目", "个", 3m, 2m, 50m), q1["investment.intentions"]);
        // Contracts signed in Q1: i1 and i4 (2025: i5).
        Assert.Equal(new ScorecardIndicator("investment.contracts", "签订正式合同项目", "个", 2m, 1m, 100m), q1["investment.contracts"]);
        // Of Q1's three intentions, i1 and i2 became contracts (i2 after the quarter): 2 / 3; 2025: 1 / 2.
        Assert.Equal(new ScorecardIndicator("investment.contractConversionRate", "正式合同转化率", "%", 66.67m, 50m, 33.33m), q1["investment.contractConversionRate"]);

        var random = new Random(seed);
        var log = new Dictionary<Guid, ScorecardFact>();
        var aggregates = new Dictionary<ScorecardCell, decimal>();
        foreach (var fact in facts.Concat(facts).OrderBy(_ => random.Next()))
        {
            if (!log.TryAdd(fact.EventId, fact))
            {
                continue;
            }
            var before = fact.IsStandalone ? [] : log.Values.Where(f => f.Subject == fact.Subject && f.EventId != fact.EventId).ToList();
            foreach (var (cell, change) in Calculator.Delta(before, fact))
            {
                aggregates[cell] = aggregates.GetValueOrDefault(cell) + change;
                if (aggregates[cell] == 0m)
                {
                    aggregates.Remove(cell);
                }
            }
        }
        Assert.Equal(rebuilt.OrderBy(c => c.Key.ToString()), aggregates.OrderBy(c => c.Key.ToString()));
    }

    [Fact]
    public void A_day_counts_in_its_month_quarter_half_and_year_and_periods_are_checked()
    {
        Assert.Equal(["M03", "Q1", "H1", "Y"], ScorecardPeriods.Containing(new DateOnly(2026, 3, 31)));
        Assert.Equal(["M07", "Q3", "H2", "Y"], ScorecardPeriods.Containing(new DateOnly(2026, 7, 1)));
        // 16:10 UTC on 31 March is 00:10 on 1 April in China.
        Assert.Equal(new DateOnly(2026, 4, 1), ScorecardPeriods.ChinaDate(new DateTimeOffset(2026, 3, 31, 16, 10, 0, TimeSpan.Zero)));
        Assert.Equal((4, 6), ScorecardPeriods.Months("Q2"));
        Assert.Equal((3, 3), ScorecardPeriods.Months("M03"));
        Assert.Null(ScorecardPeriods.Months("M13"));
        Assert.Null(ScorecardPeriods.Months("Q5"));
        Assert.Null(ScorecardPeriods.Months("2026"));
    }
}
