using Qingmeng.Contracts;
using Qingmeng.ServiceDefaults.Calendar;

namespace Qingmeng.Finance.Model;

/// <summary>
/// A firm's loan application referred to a partner bank, and, once disbursed, the loan itself.
/// Every transition checks the current state and returns false when it is not allowed (the API answers 409).
/// </summary>
public sealed class Referral
{
    public Guid Id { get; private set; }

    /// <summary>Human-readable number, e.g. RZ20260315000042.</summary>
    public string Number { get; private set; } = "";

    public string CreditCode { get; private set; } = "";

    public string FirmName { get; private set; } = "";

    public string ProductCode { get; private set; } = "";

    public string BankCode { get; private set; } = "";

    public ProductKind ProductKind { get; private set; }

    public Guid? NeedId { get; private set; }

    public decimal RequestedAmount { get; private set; }

    public int RequestedTermMonths { get; private set; }

    public string Purpose { get; private set; } = "";

    public ReferralStatus Status { get; private set; }

    public string AppliedBy { get; private set; } = "";

    public DateTimeOffset AppliedAt { get; private set; }

    public string? IdempotencyKey { get; private set; }

    public DateTimeOffset? ConsentedAt { get; private set; }

    public DateTimeOffset? ReferredAt { get; private set; }

    /// <summary>What the firm consented to share with the bank, frozen at consent: its figures and the product's rules explained.</summary>
    public ReferralDossier? Dossier { get; private set; }

    /// <summary>The bank must respond (accept, ask for more, approve or decline) by then, on the working-day clock.</summary>
    public DateTimeOffset? ResponseDueAt { get; private set; }

    /// <summary>The bank's first response.</summary>
    public DateTimeOffset? FirstRespondedAt { get; private set; }

    /// <summary>Working days the bank took for its first response.</summary>
    public int? ResponseWorkingDays { get; private set; }

    public DateTimeOffset? EscalatedAt { get; private set; }

    /// <summary>When the zone's finance officer was told about the escalation (a throttled message is retried).</summary>
    public DateTimeOffset? EscalationNotifiedAt { get; private set; }

    public string? InformationRequest { get; private set; }

    public string? InformationResponse { get; private set; }

    public decimal? ApprovedAmount { get; private set; }

    public decimal? ApprovedRatePercent { get; private set; }

    public int? ApprovedTermMonths { get; private set; }

    public DateTimeOffset? DecidedAt { get; private set; }

    public string? DeclineReason { get; private set; }

    public string? WithdrawReason { get; private set; }

    public decimal? DisbursedAmount { get; private set; }

    public DateOnly? DisbursedOn { get; private set; }

    public DateOnly? MaturesOn { get; private set; }

    public DateOnly? ClosedOn { get; private set; }

    /// <summary>Snapshot of the product's cost and risk terms at disbursement (担保费, 贴息, 风险分担).</summary>
    public decimal? GuaranteeFeePercent { get; private set; }

    public decimal? SubsidyPercent { get; private set; }

    public decimal? GovernmentRiskSharePercent { get; private set; }

    public decimal? BankRiskSharePercent { get; private set; }

    public decimal? GuarantorRiskSharePercent { get; private set; }

    /// <summary>The white-list entry this loan was granted on (IP-pledge products): outcomes trace back to the list.</summary>
    public Guid? WhitelistEntryId { get; private set; }

    /// <summary>The maturing loan this one renews, and the renewal that replaced this one.</summary>
    public Guid? RenewalOfId { get; private set; }

    public Guid? RenewedById { get; private set; }

    public DateTimeOffset? RenewalWarningSentAt { get; private set; }

    /// <summary>Whether the firm met the renewal product's rules when warned; null before the warning.</summary>
    public bool? RenewalEligibleAtWarning { get; private set; }

    public uint Version { get; private set; }

    private Referral()
    {
    }

    public static readonly ReferralStatus[] AwaitingBank = [ReferralStatus.Referred, ReferralStatus.Accepted, ReferralStatus.MoreInfoRequested];

    public static Referral Apply(
        string number, string creditCode, string firmName, LoanProduct product, Guid? needId,
        decimal amount, int termMonths, string purpose, Guid? whitelistEntryId, string appliedBy, string? idempotencyKey, DateTimeOffset now) => new()
        {
            Id = Guid.CreateVersion7(now),
            Number = number,
            CreditCode = creditCode,
            FirmName = firmName,
            ProductCode = product.Code,
            BankCode = product.BankCode,
            ProductKind = product.Kind,
            NeedId = needId,
            RequestedAmount = amount,
            RequestedTermMonths = termMonths,
            Purpose = purpose,
            Status = ReferralStatus.Applied,
            AppliedBy = appliedBy,
            AppliedAt = now,
            IdempotencyKey = idempotencyKey,
            WhitelistEntryId = whitelistEntryId,
        };

    /// <summary>The firm consents to share its data with the bank: the referral goes out and the bank's clock starts.</summary>
    public bool Consent(DateTimeOffset now, int responseWorkingDays, WorkingDayCalendar calendar, ReferralDossier? dossier = null)
    {
        if (Status != ReferralStatus.Applied)
        {
            return false;
        }
        Status = ReferralStatus.Referred;
        Dossier = dossier;
        ConsentedAt = now;
        ReferredAt = now;
        ResponseDueAt = calendar.AddWorkingDays(now, responseWorkingDays).ToUniversalTime();
        return true;
    }

    public bool Withdraw(string reason, DateTimeOffset now)
    {
        if (Status is not (ReferralStatus.Applied or ReferralStatus.Referred or ReferralStatus.Accepted or ReferralStatus.MoreInfoRequested))
        {
            return false;
        }
        Status = ReferralStatus.Withdrawn;
        WithdrawReason = reason;
        DecidedAt = now;
        return true;
    }

    public bool Accept(DateTimeOffset now, WorkingDayCalendar calendar)
    {
        if (Status != ReferralStatus.Referred)
        {
            return false;
        }
        Status = ReferralStatus.Accepted;
        RecordResponse(now, calendar);
        return true;
    }

    public bool RequestInformation(string request, DateTimeOffset now, WorkingDayCalendar calendar)
    {
        if (Status is not (ReferralStatus.Referred or ReferralStatus.Accepted))
        {
            return false;
        }
        Status = ReferralStatus.MoreInfoRequested;
        InformationRequest = request;
        InformationResponse = null;
        RecordResponse(now, calendar);
        return true;
    }

    public bool SupplyInformation(string response)
    {
        if (Status != ReferralStatus.MoreInfoRequested)
        {
            return false;
        }
        Status = ReferralStatus.Accepted;
        InformationResponse = response;
        return true;
    }

    public bool Approve(decimal amount, decimal ratePercent, int termMonths, DateTimeOffset now, WorkingDayCalendar calendar)
    {
        if (Status is not (ReferralStatus.Referred or ReferralStatus.Accepted))
        {
            return false;
        }
        Status = ReferralStatus.Approved;
        ApprovedAmount = amount;
        ApprovedRatePercent = ratePercent;
        ApprovedTermMonths = termMonths;
        DecidedAt = now;
        RecordResponse(now, calendar);
        return true;
    }

    public bool Decline(string reason, DateTimeOffset now, WorkingDayCalendar calendar)
    {
        if (Status is not (ReferralStatus.Referred or ReferralStatus.Accepted or ReferralStatus.MoreInfoRequested))
        {
            return false;
        }
        Status = ReferralStatus.Declined;
        DeclineReason = reason;
        DecidedAt = now;
        RecordResponse(now, calendar);
        return true;
    }

    /// <summary>Whether a retry with the same Idempotency-Key asks for this very application.</summary>
    public bool Repeats(string productCode, decimal amount, int termMonths, string purpose, Guid? needId) =>
        ProductCode == productCode && RequestedAmount == amount && RequestedTermMonths == termMonths && Purpose == purpose && NeedId == needId;

    /// <summary>The bank pays out (at most the approved amount); returns the event, or null when not approved or dated before the approval.</summary>
    public LoanDisbursed? Disburse(decimal amount, DateOnly disbursedOn, LoanProduct product, DateTimeOffset now)
    {
        if (Status != ReferralStatus.Approved || disbursedOn < ApprovedOn())
        {
            return null;
        }
        Status = ReferralStatus.Disbursed;
        DisbursedAmount = amount;
        DisbursedOn = disbursedOn;
        MaturesOn = disbursedOn.AddMonths(ApprovedTermMonths!.Value);
        SnapshotTerms(product);
        return DisbursedEvent(now);
    }

    public bool Repay(DateOnly repaidOn)
    {
        if (Status != ReferralStatus.Disbursed)
        {
            return false;
        }
        Status = ReferralStatus.Repaid;
        ClosedOn = repaidOn;
        return true;
    }

    /// <summary>
    /// 续贷: the maturing loan closes and a new loan of the renewal product starts the same day without the
    /// principal being repaid first. Returns the new loan and its disbursement event, or null when not outstanding.
    /// </summary>
    public (Referral Loan, LoanDisbursed Event)? Renew(
        string number, LoanProduct renewalProduct, decimal amount, decimal ratePercent, int termMonths, DateOnly renewedOn, string renewedBy, DateTimeOffset now)
    {
        if (Status != ReferralStatus.Disbursed)
        {
            return null;
        }
        var renewal = new Referral
        {
            Id = Guid.CreateVersion7(now),
            Number = number,
            CreditCode = CreditCode,
            FirmName = FirmName,
            ProductCode = renewalProduct.Code,
            BankCode = BankCode,
            ProductKind = renewalProduct.Kind,
            RequestedAmount = amount,
            RequestedTermMonths = termMonths,
            Purpose = $"续贷：{Number}",
            Status = ReferralStatus.Disbursed,
            AppliedBy = renewedBy,
            AppliedAt = now,
            ConsentedAt = ConsentedAt,
            ReferredAt = now,
            FirstRespondedAt = now,
            ResponseWorkingDays = 0,
            ApprovedAmount = amount,
            ApprovedRatePercent = ratePercent,
            ApprovedTermMonths = termMonths,
            DecidedAt = now,
            DisbursedAmount = amount,
            DisbursedOn = renewedOn,
            MaturesOn = renewedOn.AddMonths(termMonths),
            WhitelistEntryId = WhitelistEntryId,
            RenewalOfId = Id,
        };
        renewal.SnapshotTerms(renewalProduct);
        Status = ReferralStatus.Renewed;
        ClosedOn = renewedOn;
        RenewedById = renewal.Id;
        return (renewal, renewal.DisbursedEvent(now, this));
    }

    /// <summary>The bank missed its response deadline; true only the first time (escalation happens once).</summary>
    public bool Escalate(DateTimeOffset now)
    {
        if (Status != ReferralStatus.Referred || EscalatedAt is not null || ResponseDueAt is not { } due || now < due)
        {
            return false;
        }
        EscalatedAt = now;
        return true;
    }

    public void MarkEscalationNotified(DateTimeOffset now) => EscalationNotifiedAt = now;

    public bool IsOverdue(DateTimeOffset now) => Status == ReferralStatus.Referred && ResponseDueAt is { } due && now >= due;

    public void MarkRenewalWarningSent(bool eligible, DateTimeOffset now)
    {
        RenewalWarningSentAt = now;
        RenewalEligibleAtWarning = eligible;
    }

    private void RecordResponse(DateTimeOffset now, WorkingDayCalendar calendar)
    {
        if (FirstRespondedAt is null && ReferredAt is { } referredAt)
        {
            FirstRespondedAt = now;
            ResponseWorkingDays = calendar.CountWorkingDays(referredAt, now);
        }
    }

    private void SnapshotTerms(LoanProduct product)
    {
        GuaranteeFeePercent = product.GuaranteeFeePercent;
        SubsidyPercent = product.SubsidyPercent;
        GovernmentRiskSharePercent = product.GovernmentRiskSharePercent;
        BankRiskSharePercent = product.BankRiskSharePercent;
        GuarantorRiskSharePercent = product.GuarantorRiskSharePercent;
    }

    /// <summary>A renewal's event names the loan it replaces and that loan's principal, so nobody counts both as new lending.</summary>
    private LoanDisbursed DisbursedEvent(DateTimeOffset now, Referral? renewed = null) =>
        new(Id, CreditCode, BankCode, ProductCode, DisbursedAmount!.Value, ApprovedTermMonths!.Value, DisbursedOn!.Value,
            renewed?.Id, renewed?.DisbursedAmount ?? 0m) { OccurredAt = now };

    /// <summary>The China date the bank approved the loan; a disbursement cannot predate it.</summary>
    public DateOnly? ApprovedOn() => ApprovedAmount is not null && DecidedAt is { } decided ? ChinaTime.ToChinaDate(decided) : null;
}
