namespace Qingmeng.Governance.Application;

/// <summary>The additive measures the aggregates hold; the indicators (rates, per-10,000 figures) are derived from them.</summary>
public static class ScorecardMeasures
{
    public const string CasesFiled = "cases.filed";
    public const string CasesDispatched = "cases.dispatched";
    public const string CasesClosed = "cases.closed";
    public const string CasesClosedTimed = "cases.closedTimed";
    public const string CasesClosedOnTime = "cases.closedOnTime";
    public const string CaseFollowUps = "cases.followUps";
    public const string CasesSatisfied = "cases.satisfied";
    public const string ProjectsRegistered = "approval.projects";
    public const string KeyProjectsRegistered = "approval.keyProjects";
    public const string ApprovalTasksCompleted = "approval.tasksCompleted";
    public const string ProjectsReady = "approval.projectsReady";
    public const string FirmsServed = "approval.firmsServed";
    public const string SubsidyAmount = "subsidies.amount";
    public const string SubsidyFirmTimes = "subsidies.firmTimes";
    public const string LoanAmount = "loans.amount";
    public const string Loans = "loans.count";
    public const string NewSpecialisedFirms = "firms.newSpecialised";
    public const string TalentsCertified = "talents.certified";
    public const string HighLevelTalents = "talents.highLevel";
    public const string Hires = "hires.confirmed";
    public const string AmbassadorHires = "hires.viaAmbassador";
    public const string MicroErrorTolerance = "enforcement.microErrorTolerance";
    public const string NoPenaltyDecisions = "enforcement.noPenalty";
    public const string CreditRepairs = "enforcement.creditRepairs";
    public const string RetentionIncentivesDue = "retention.incentivesDue";
    public const string RetentionIncentivesPaid = "retention.incentivesPaid";
    public const string FirstLettersFiled = "petitions.firstLetters";
    public const string FirstLettersClosed = "petitions.firstLettersClosed";
    public const string FirstLettersClosedTimed = "petitions.firstLettersClosedTimed";
    public const string FirstLettersClosedOnTime = "petitions.firstLettersClosedOnTime";
    public const string FirstLetterFollowUps = "petitions.firstLetterFollowUps";
    public const string FirstLettersSatisfied = "petitions.firstLettersSatisfied";
    public const string GuidedProjects = "subsidies.guidedProjects";
    public const string InvestmentIntentions = "investment.intentions";
    public const string InvestmentContracts = "investment.contracts";
    public const string InvestmentIntentionsConverted = "investment.intentionsConverted";
}

/// <summary>One additive measure of one period of a year: the unit the scorecard keeps aggregates in.</summary>
public readonly record struct ScorecardCell(int Year, string Period, string Measure);
