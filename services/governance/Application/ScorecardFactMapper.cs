using Qingmeng.Contracts;
using Qingmeng.Governance.Model;

namespace Qingmeng.Governance.Application;

/// <summary>
/// What the scorecard keeps of each event it is fed: the raw fact, dated by the event's business date where it has
/// one (a loan's disbursement, a hire, a certification grant, a project's readiness, the payment a clawback reverses),
/// else by when it occurred (CST).
/// </summary>
public static class ScorecardFactMapper
{
    public static ScorecardFact From(IntegrationEvent message)
    {
        var day = ScorecardPeriods.ChinaDate(message.OccurredAt);
        return message switch
        {
            CaseFiled m => ScorecardFact.Create(m.EventId, ScorecardFactKind.CaseFiled, ScorecardFact.CaseSubject(m.CaseId), m.OccurredAt, day,
                m.CreditCode, flag: m.DuplicateOfCaseId is not null, label: m.ModuleCode, channel: m.Channel),
            CaseDispatched m => ScorecardFact.Create(m.EventId, ScorecardFactKind.CaseDispatched, ScorecardFact.CaseSubject(m.CaseId), m.OccurredAt, day,
                label: m.LeadDepartmentCode),
            CaseClosed m => ScorecardFact.Create(m.EventId, ScorecardFactKind.CaseClosed, ScorecardFact.CaseSubject(m.CaseId), m.OccurredAt, day,
                m.CreditCode, flag: m.ClosedOnTime),
            CaseFollowedUp m => ScorecardFact.Create(m.EventId, ScorecardFactKind.CaseFollowedUp, ScorecardFact.CaseSubject(m.CaseId), m.OccurredAt, day,
                m.CreditCode, flag: m.Satisfied),
            ProjectRegistered m => ScorecardFact.Create(m.EventId, ScorecardFactKind.ProjectRegistered, ScorecardFact.AgencySubject(m.CreditCode), m.OccurredAt, day,
                m.CreditCode, amount: m.InvestmentAmount, flag: m.IsKeyProject, label: m.IndustryCode),
            ApprovalTaskCompleted m => ScorecardFact.Create(m.EventId, ScorecardFactKind.ApprovalTaskCompleted, ScorecardFact.AgencySubject(m.CreditCode), m.OccurredAt, day,
                m.CreditCode, flag: m.Approved, label: m.SubItemCode),
            ProjectReadyForConstruction m => ScorecardFact.Create(m.EventId, ScorecardFactKind.ProjectReadyForConstruction, ScorecardFact.AgencySubject(m.CreditCode), m.OccurredAt, m.ReadyOn,
                m.CreditCode),
            SubsidyDisbursed m => ScorecardFact.Create(m.EventId, ScorecardFactKind.SubsidyDisbursed, ScorecardFact.StandaloneSubject(m.EventId), m.OccurredAt, day,
                m.CreditCode, amount: m.Amount, label: m.PolicyCode),
            // A renewal (续贷) replaces its loan: it is flagged, and only principal above the replaced loan is new lending.
            LoanDisbursed m => ScorecardFact.Create(m.EventId, ScorecardFactKind.LoanDisbursed, ScorecardFact.StandaloneSubject(m.EventId), m.OccurredAt, m.DisbursedOn,
                m.CreditCode, amount: m.NewLending, flag: m.IsRenewal ? true : null, label: m.ProductCode),
            // Dated by the payment it reverses, so the period that counted the payment no longer does.
            SubsidyClawedBack m => ScorecardFact.Create(m.EventId, ScorecardFactKind.SubsidyClawedBack, ScorecardFact.ClawbackSubject(m.PaymentId), m.OccurredAt, m.PaidOn,
                m.CreditCode, amount: m.Amount, label: m.PolicyCode),
            TalentCertified m => ScorecardFact.Create(m.EventId, ScorecardFactKind.TalentCertified, ScorecardFact.StandaloneSubject(m.EventId), m.OccurredAt, day,
                m.EmployerCreditCode, label: m.Tier),
            HireConfirmed m => ScorecardFact.Create(m.EventId, ScorecardFactKind.HireConfirmed, ScorecardFact.StandaloneSubject(m.EventId), m.OccurredAt, m.HiredOn,
                m.EmployerCreditCode, flag: m.AmbassadorId is not null),
            FirmCertificationGranted m => ScorecardFact.Create(m.EventId, ScorecardFactKind.CertificationGranted, ScorecardFact.CertificationSubject(m.CreditCode), m.OccurredAt, m.GrantedOn,
                m.CreditCode, label: m.Certification),
            // 微错容纠: counted on the decision's day; the flag marks a 不予处罚 decision.
            LenientTreatmentApplied m => ScorecardFact.Create(m.EventId, ScorecardFactKind.LenientTreatmentApplied, ScorecardFact.StandaloneSubject(m.EventId), m.OccurredAt, m.DecidedOn,
                m.CreditCode, flag: m.Treatment == "NoPenalty", label: m.RuleCode),
            // 稳工留岗: an incentive counts where it fell due, paid or not; its payment counts there too.
            RetentionIncentiveDue m => ScorecardFact.Create(m.EventId, ScorecardFactKind.RetentionIncentiveDue, ScorecardFact.StandaloneSubject(m.EventId), m.OccurredAt, m.DueOn,
                m.EmployerCreditCode, amount: m.Amount),
            RetentionIncentivePaid m => ScorecardFact.Create(m.EventId, ScorecardFactKind.RetentionIncentivePaid, ScorecardFact.StandaloneSubject(m.EventId), m.OccurredAt, m.DueOn,
                m.EmployerCreditCode, amount: m.Amount),
            // 信用修复: counted on the day the department granted it.
            CreditRepaired m => ScorecardFact.Create(m.EventId, ScorecardFactKind.CreditRepaired, ScorecardFact.StandaloneSubject(m.EventId), m.OccurredAt, m.RepairedOn,
                m.CreditCode),
            // 申报辅导: one guided project (firm and policy) on the day it was guided.
            ApplicationGuided m => ScorecardFact.Create(m.EventId, ScorecardFactKind.ApplicationGuided, ScorecardFact.GuidanceSubject(m.GuidanceId), m.OccurredAt, m.GuidedOn,
                m.CreditCode, label: m.PolicyCode),
            // 正式合同转化率: an agreement's intention counts on the day it was signed, its contract on the contract's day.
            InvestmentIntentSigned m => ScorecardFact.Create(m.EventId, ScorecardFactKind.InvestmentIntentSigned, ScorecardFact.InvestmentSubject(m.AgreementId), m.OccurredAt, m.SignedOn,
                m.CreditCode, amount: m.PlannedInvestment),
            InvestmentContractSigned m => ScorecardFact.Create(m.EventId, ScorecardFactKind.InvestmentContractSigned, ScorecardFact.InvestmentSubject(m.AgreementId), m.OccurredAt, m.ContractSignedOn,
                m.CreditCode, amount: m.ContractInvestment),
            _ => throw new ArgumentException($"The scorecard is not fed by {message.GetType().Name}.", nameof(message)),
        };
    }
}
