using Qingmeng.ServiceDefaults.Outcomes;

namespace Qingmeng.Approval.Model;

/// <summary>意向协议 (or 框架协议) signed → 正式合同, or lapsed without one.</summary>
public enum InvestmentAgreementStatus
{
    Intent,
    Contracted,
    Lapsed,
}

/// <summary>
/// 招商签约: an investment intention the zone signed with an investor, followed to a formal contract (正式合同) or to its
/// lapse. The share of a period's intentions that became contracts is the 正式合同转化率. Money in yuan; dates are China dates.
/// </summary>
public sealed class InvestmentAgreement
{
    public Guid Id { get; private set; }

    /// <summary>ZS-yyyy-nnn: the year the intention was signed and its place in that year.</summary>
    public string Number { get; private set; } = "";

    public string InvestorName { get; private set; } = "";

    /// <summary>Null while the investor has no firm (统一社会信用代码) yet.</summary>
    public string? CreditCode { get; private set; }

    public string IndustryCode { get; private set; } = "";

    public decimal PlannedInvestment { get; private set; }

    public DateOnly IntentSignedOn { get; private set; }

    public InvestmentAgreementStatus Status { get; private set; }

    public DateOnly? ContractSignedOn { get; private set; }

    public decimal? ContractInvestment { get; private set; }

    public string? LapseReason { get; private set; }

    public DateOnly? LapsedOn { get; private set; }

    /// <summary>The registered 帮代办 project the investment became, when there is one.</summary>
    public Guid? ProjectId { get; private set; }

    public string RecordedBy { get; private set; } = "";

    public string? IdempotencyKey { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public uint Version { get; private set; }

    private InvestmentAgreement()
    {
    }

    /// <summary>Days from the intention to the formal contract; null until contracted.</summary>
    public int? DaysToContract => ContractSignedOn is { } signed ? signed.DayNumber - IntentSignedOn.DayNumber : null;

    /// <summary>The intention as signed, or the refusal naming the field: the amount must be positive, the date not in the future.</summary>
    public static Outcome<InvestmentAgreement> SignIntent(
        string number, string investorName, string? creditCode, string industryCode, decimal plannedInvestment, DateOnly signedOn,
        Guid? projectId, DateOnly today, string recordedBy, string? idempotencyKey, DateTimeOffset now)
    {
        if (plannedInvestment <= 0)
        {
            return Failure.Unprocessable("plannedInvestment", "计划投资额须大于 0 (plannedInvestment must be greater than 0)");
        }
        if (signedOn > today)
        {
            return Failure.Unprocessable("signedOn", $"签约日期 {signedOn:yyyy-MM-dd} 晚于今天 (signedOn is in the future)");
        }
        return new InvestmentAgreement
        {
            Id = Guid.CreateVersion7(now),
            Number = number,
            InvestorName = investorName,
            CreditCode = creditCode,
            IndustryCode = industryCode,
            PlannedInvestment = plannedInvestment,
            IntentSignedOn = signedOn,
            Status = InvestmentAgreementStatus.Intent,
            ProjectId = projectId,
            RecordedBy = recordedBy,
            IdempotencyKey = idempotencyKey,
            RecordedAt = now,
            UpdatedAt = now,
        };
    }

    /// <summary>正式合同: only an open intention becomes one, on a date from the intention's to today, for a positive amount.</summary>
    public Failure? SignContract(DateOnly signedOn, decimal investment, DateOnly today, DateTimeOffset now)
    {
        if (Status != InvestmentAgreementStatus.Intent)
        {
            return NotAnIntent("签订正式合同 (signed as a contract)");
        }
        if (investment <= 0)
        {
            return Failure.Unprocessable("investment", "合同投资额须大于 0 (investment must be greater than 0)");
        }
        if (signedOn < IntentSignedOn)
        {
            return Failure.Unprocessable("signedOn",
                $"合同签订日期 {signedOn:yyyy-MM-dd} 早于意向签约日期 {IntentSignedOn:yyyy-MM-dd} (the contract cannot be signed before the intention)");
        }
        if (signedOn > today)
        {
            return Failure.Unprocessable("signedOn", $"合同签订日期 {signedOn:yyyy-MM-dd} 晚于今天 (signedOn is in the future)");
        }
        Status = InvestmentAgreementStatus.Contracted;
        ContractSignedOn = signedOn;
        ContractInvestment = investment;
        UpdatedAt = now;
        return null;
    }

    /// <summary>The intention lapsed (the investor withdrew, went elsewhere…): only an open intention lapses, with its reason.</summary>
    public Failure? Lapse(string reason, DateOnly today, DateTimeOffset now)
    {
        if (Status != InvestmentAgreementStatus.Intent)
        {
            return NotAnIntent("终止 (lapsed)");
        }
        if (string.IsNullOrWhiteSpace(reason))
        {
            return Failure.Unprocessable("reason", "须说明终止原因 (reason is required)");
        }
        Status = InvestmentAgreementStatus.Lapsed;
        LapseReason = reason;
        LapsedOn = today;
        UpdatedAt = now;
        return null;
    }

    private Failure NotAnIntent(string verb) =>
        Failure.Conflict("", $"协议 {Number} 当前为 {Status}，只有意向阶段的协议才能{verb} (agreement {Number} is {Status}; only an intention can be {verb})")
            .Titled("协议不在意向阶段 (the agreement is not an intention)")
            .With("currentState", Status.ToString());
}
