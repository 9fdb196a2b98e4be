using Qingmeng.Governance.Model;
using Qingmeng.Governance.Model.Cases;
using Qingmeng.Governance.Operations;

namespace Qingmeng.Governance.Application;

/// <summary>
/// The scorecard's arithmetic, free of storage. A subject's contribution to the aggregates is a function of the set of
/// its facts (whatever order they arrived in); an event changes the aggregates by contribution(after) −
/// contribution(before), so the incrementally maintained aggregates always equal <see cref="Rebuild"/> over the log.
/// A cell that sums to zero is no cell: no data.
/// <list type="bullet">
/// <item>Cases count in the period they were filed (CST), duplicates excluded; 办结 is the case's current state (an
/// unsatisfied follow-up reopens it, a later closure closes it again); 按时 is the latest closure's; every follow-up
/// counts towards 满意率. A case whose filing is not in the log counts nowhere. 初信 (cases filed on the
/// <c>PetitionLetter</c> channel) are also counted apart, the same way.</item>
/// <item>帮代办: projects registered, tasks completed and projects ready for construction count on their day; a firm
/// counts once per period in which it had any of them (firms served).</item>
/// <item>专精特新: a firm counts as new in the period of its first certification containing a configured mark.</item>
/// <item>Subsidies (amount and 家次), loans, certified talents (high-level by tier) and hires count on their day. A
/// clawback takes its payment's amount and 家次 back on the payment's day, once per payment. A renewal (续贷) is no new
/// loan and adds only principal above the loan it replaced.</item>
/// <item>微错容纠: every offence treated under the lenient lists counts on its decision day; 不予处罚 ones also separately; a credit repair
/// counts on the day it was granted.</item>
/// <item>申报辅导: a guided project counts once on its guidance day. 招商: an intention counts on its signing day and, once
/// its formal contract is signed, as converted there too (正式合同转化率 = converted / intentions of the period); a
/// contract counts on its own day.</item>
/// <item>稳工留岗: a retention incentive counts on the day it fell due, and so does its payment, whenever it was paid: the
/// period's 兑现率 is the paid share of the incentives due in it.</item>
/// </list>
/// </summary>
public sealed class ScorecardCalculator(ScorecardOptions options)
{
    public Dictionary<ScorecardCell, decimal> Contributions(IReadOnlyCollection<ScorecardFact> subjectFacts)
    {
        var cells = new Dictionary<ScorecardCell, decimal>();
        if (subjectFacts.Count == 0)
        {
            return cells;
        }
        var subject = subjectFacts.First().Subject;
        if (subject.StartsWith("case:", StringComparison.Ordinal))
        {
            AddCase(cells, subjectFacts);
        }
        else if (subject.StartsWith("bdb:", StringComparison.Ordinal))
        {
            AddAgency(cells, subjectFacts);
        }
        else if (subject.StartsWith("cert:", StringComparison.Ordinal))
        {
            AddCertifications(cells, subjectFacts);
        }
        else if (subject.StartsWith("clawback:", StringComparison.Ordinal))
        {
            AddClawback(cells, subjectFacts);
        }
        else if (subject.StartsWith("guidance:", StringComparison.Ordinal))
        {
            AddGuidance(cells, subjectFacts);
        }
        else if (subject.StartsWith("investment:", StringComparison.Ordinal))
        {
            AddInvestment(cells, subjectFacts);
        }
        else
        {
            foreach (var fact in subjectFacts)
            {
                AddStandalone(cells, fact);
            }
        }
        return cells;
    }

    /// <summary>The aggregates recomputed from scratch from every stored fact.</summary>
    public Dictionary<ScorecardCell, decimal> Rebuild(IEnumerable<ScorecardFact> facts)
    {
        var totals = new Dictionary<ScorecardCell, decimal>();
        foreach (var subject in facts.GroupBy(f => f.Subject, StringComparer.Ordinal))
        {
            foreach (var (cell, value) in Contributions([.. subject]))
            {
                totals[cell] = totals.GetValueOrDefault(cell) + value;
            }
        }
        return totals.Where(x => x.Value != 0m).ToDictionary();
    }

    /// <summary>What a new fact changes: the subject's contribution with it minus without it (zero entries left out).</summary>
    public Dictionary<ScorecardCell, decimal> Delta(IReadOnlyCollection<ScorecardFact> before, ScorecardFact added)
    {
        var after = Contributions([.. before, added]);
        foreach (var (cell, value) in Contributions(before))
        {
            after[cell] = after.GetValueOrDefault(cell) - value;
        }
        return after.Where(x => x.Value != 0m).ToDictionary();
    }

    public bool IsHighLevelTier(string? tier) =>
        tier is not null && options.HighLevelTalentTiers.Contains(tier.Trim(), StringComparer.OrdinalIgnoreCase);

    public bool IsSpecialised(string? certification) =>
        certification is not null && options.SpecialisedCertificationMarks.Any(mark => certification.Contains(mark, StringComparison.Ordinal));

    private static void AddCase(Dictionary<ScorecardCell, decimal> cells, IReadOnlyCollection<ScorecardFact> facts)
    {
        var filed = facts.Where(f => f.Kind == ScorecardFactKind.CaseFiled).OrderBy(f => f.OccurredAt).ThenBy(f => f.EventId).FirstOrDefault();
        if (filed is null || filed.Flag == true)
        {
            return;
        }
        var closed = false;
        bool? onTime = null;
        var followUps = 0;
        var satisfied = 0;
        foreach (var fact in facts
            .Where(f => f.Kind is ScorecardFactKind.CaseClosed or ScorecardFactKind.CaseFollowedUp)
            .OrderBy(f => f.OccurredAt).ThenBy(f => f.Kind).ThenBy(f => f.EventId))
        {
            if (fact.Kind == ScorecardFactKind.CaseClosed)
            {
                closed = true;
                onTime = fact.Flag;
                continue;
            }
            followUps++;
            if (fact.Flag == true)
            {
                satisfied++;
            }
            else
            {
                closed = false; // 重办
                onTime = null;
            }
        }
        var day = filed.Day;
        Add(cells, day, ScorecardMeasures.CasesFiled, 1m);
        Add(cells, day, ScorecardMeasures.CasesDispatched, facts.Any(f => f.Kind == ScorecardFactKind.CaseDispatched) ? 1m : 0m);
        Add(cells, day, ScorecardMeasures.CasesClosed, closed ? 1m : 0m);
        Add(cells, day, ScorecardMeasures.CasesClosedTimed, closed && onTime is not null ? 1m : 0m);
        Add(cells, day, ScorecardMeasures.CasesClosedOnTime, closed && onTime == true ? 1m : 0m);
        Add(cells, day, ScorecardMeasures.CaseFollowUps, followUps);
        Add(cells, day, ScorecardMeasures.CasesSatisfied, satisfied);
        if (filed.Channel == FirstLetterChannel)
        {
            Add(cells, day, ScorecardMeasures.FirstLettersFiled, 1m);
            Add(cells, day, ScorecardMeasures.FirstLettersClosed, closed ? 1m : 0m);
            Add(cells, day, ScorecardMeasures.FirstLettersClosedTimed, closed && onTime is not null ? 1m : 0m);
            Add(cells, day, ScorecardMeasures.FirstLettersClosedOnTime, closed && onTime == true ? 1m : 0m);
            Add(cells, day, ScorecardMeasures.FirstLetterFollowUps, followUps);
            Add(cells, day, ScorecardMeasures.FirstLettersSatisfied, satisfied);
        }
    }

    /// <summary>初信: a petition received by letter, the case channel the province's 初信办理质量 is about.</summary>
    public const string FirstLetterChannel = nameof(CaseChannel.PetitionLetter);

    private static void AddAgency(Dictionary<ScorecardCell, decimal> cells, IReadOnlyCollection<ScorecardFact> facts)
    {
        foreach (var fact in facts)
        {
            switch (fact.Kind)
            {
                case ScorecardFactKind.ProjectRegistered:
                    Add(cells, fact.Day, ScorecardMeasures.ProjectsRegistered, 1m);
                    Add(cells, fact.Day, ScorecardMeasures.KeyProjectsRegistered, fact.Flag == true ? 1m : 0m);
                    break;
                case ScorecardFactKind.ApprovalTaskCompleted:
                    Add(cells, fact.Day, ScorecardMeasures.ApprovalTasksCompleted, 1m);
                    break;
                case ScorecardFactKind.ProjectReadyForConstruction:
                    Add(cells, fact.Day, ScorecardMeasures.ProjectsReady, 1m);
                    break;
            }
        }
        // Distinct per period: the firm counts once in every period it was served in.
        foreach (var (year, period) in facts.SelectMany(f => ScorecardPeriods.Containing(f.Day).Select(p => (f.Day.Year, p))).Distinct())
        {
            cells[new ScorecardCell(year, period, ScorecardMeasures.FirmsServed)] = 1m;
        }
    }

    private void AddCertifications(Dictionary<ScorecardCell, decimal> cells, IReadOnlyCollection<ScorecardFact> facts)
    {
        var first = facts.Where(f => IsSpecialised(f.Label)).OrderBy(f => f.Day).FirstOrDefault();
        if (first is not null)
        {
            Add(cells, first.Day, ScorecardMeasures.NewSpecialisedFirms, 1m);
        }
    }

    /// <summary>A payment taken back: its amount and its 家次 leave the period it was paid in, once however often it is announced.</summary>
    private static void AddClawback(Dictionary<ScorecardCell, decimal> cells, IReadOnlyCollection<ScorecardFact> facts)
    {
        var clawback = facts.OrderBy(f => f.OccurredAt).ThenBy(f => f.EventId).First();
        Add(cells, clawback.Day, ScorecardMeasures.SubsidyAmount, -clawback.Amount);
        Add(cells, clawback.Day, ScorecardMeasures.SubsidyFirmTimes, -1m);
    }

    /// <summary>A guided project counts once, on the day of its (first announced) guidance.</summary>
    private static void AddGuidance(Dictionary<ScorecardCell, decimal> cells, IReadOnlyCollection<ScorecardFact> facts)
    {
        var guided = facts.OrderBy(f => f.Day).ThenBy(f => f.EventId).First();
        Add(cells, guided.Day, ScorecardMeasures.GuidedProjects, 1m);
    }

    /// <summary>
    /// An agreement's intention counts on its signing day, and as converted there too once its contract is signed (in
    /// whatever period); the contract counts on its own day. Without the intention in the log the agreement converts
    /// nothing: the rate's denominator never saw it.
    /// </summary>
    private static void AddInvestment(Dictionary<ScorecardCell, decimal> cells, IReadOnlyCollection<ScorecardFact> facts)
    {
        var intent = facts.Where(f => f.Kind == ScorecardFactKind.InvestmentIntentSigned).OrderBy(f => f.Day).ThenBy(f => f.EventId).FirstOrDefault();
        var contract = facts.Where(f => f.Kind == ScorecardFactKind.InvestmentContractSigned).OrderBy(f => f.Day).ThenBy(f => f.EventId).FirstOrDefault();
        if (intent is not null)
        {
            Add(cells, intent.Day, ScorecardMeasures.InvestmentIntentions, 1m);
            Add(cells, intent.Day, ScorecardMeasures.InvestmentIntentionsConverted, contract is not null ? 1m : 0m);
        }
        if (contract is not null)
        {
            Add(cells, contract.Day, ScorecardMeasures.InvestmentContracts, 1m);
        }
    }

    private void AddStandalone(Dictionary<ScorecardCell, decimal> cells, ScorecardFact fact)
    {
        switch (fact.Kind)
        {
            case ScorecardFactKind.SubsidyDisbursed:
                Add(cells, fact.Day, ScorecardMeasures.SubsidyAmount, fact.Amount);
                Add(cells, fact.Day, ScorecardMeasures.SubsidyFirmTimes, 1m);
                break;
            case ScorecardFactKind.LoanDisbursed:
                // A renewal is no new loan; its amount is only the principal above the loan it replaced.
                Add(cells, fact.Day, ScorecardMeasures.LoanAmount, fact.Amount);
                Add(cells, fact.Day, ScorecardMeasures.Loans, fact.Flag == true ? 0m : 1m);
                break;
            case ScorecardFactKind.TalentCertified:
                Add(cells, fact.Day, ScorecardMeasures.TalentsCertified, 1m);
                Add(cells, fact.Day, ScorecardMeasures.HighLevelTalents, IsHighLevelTier(fact.Label) ? 1m : 0m);
                break;
            case ScorecardFactKind.HireConfirmed:
                Add(cells, fact.Day, ScorecardMeasures.Hires, 1m);
                Add(cells, fact.Day, ScorecardMeasures.AmbassadorHires, fact.Flag == true ? 1m : 0m);
                break;
            case ScorecardFactKind.RetentionIncentiveDue:
                Add(cells, fact.Day, ScorecardMeasures.RetentionIncentivesDue, 1m);
                break;
            case ScorecardFactKind.RetentionIncentivePaid:
                Add(cells, fact.Day, ScorecardMeasures.RetentionIncentivesPaid, 1m);
                break;
            case ScorecardFactKind.LenientTreatmentApplied:
                Add(cells, fact.Day, ScorecardMeasures.MicroErrorTolerance, 1m);
                Add(cells, fact.Day, ScorecardMeasures.NoPenaltyDecisions, fact.Flag == true ? 1m : 0m);
                break;
            case ScorecardFactKind.CreditRepaired:
                Add(cells, fact.Day, ScorecardMeasures.CreditRepairs, 1m);
                break;
        }
    }

    /// <summary>Adds to the measure in each period containing the day. Zero cells are dropped by the callers: zero is no data.</summary>
    private static void Add(Dictionary<ScorecardCell, decimal> cells, DateOnly day, string measure, decimal value)
    {
        foreach (var period in ScorecardPeriods.Containing(day))
        {
            var cell = new ScorecardCell(day.Year, period, measure);
            cells[cell] = cells.GetValueOrDefault(cell) + value;
        }
    }
}
