using Microsoft.EntityFrameworkCore;
using Qingmeng.Finance.Infrastructure;
using Qingmeng.Finance.Model;
using Qingmeng.Finance.Operations;
using Qingmeng.ServiceDefaults.Authentication;
using Qingmeng.ServiceDefaults.Calendar;
using Qingmeng.ServiceDefaults.Messaging;
using Qingmeng.ServiceDefaults.Outcomes;

namespace Qingmeng.Finance.Application;

/// <summary>
/// The referral's steps after the application: the firm consents (the referral reaches the bank with its dossier and
/// a working-day deadline), withdraws or answers; the bank accepts, asks for more, approves or declines, disburses and
/// records repayment. Each runs on <see cref="ReferralTransitions"/>; KPIs are counted only once the step is saved.
/// </summary>
public sealed class ReferralLifecycle(FinanceContext db, HolidayCalendar calendar, TimeProvider time, FinanceMetrics metrics)
{
    public async Task<Outcome<Referral>> ConsentAsync(PlatformUser user, Guid id, int bankResponseWorkingDays, CancellationToken cancellationToken)
    {
        var target = await db.Referrals.AsNoTracking().VisibleTo(user).Where(r => r.Id == id)
            .Select(r => new { r.CreditCode, r.ProductCode, r.RequestedAmount, r.RequestedTermMonths }).FirstOrDefaultAsync(cancellationToken);
        if (target is null)
        {
            return ReferralFailures.NotFound;
        }
        var dossier = await ReferralDossiers.BuildAsync(
            db, target.CreditCode, target.ProductCode, target.RequestedAmount, target.RequestedTermMonths, time.GetUtcNow(), cancellationToken);
        return await RunAsync(user, id, "referral.consented", "referred", (referral, now) =>
            referral.Consent(now, bankResponseWorkingDays, calendar.Current, dossier)
                ? ReferralStep.Then(() => metrics.Referred(referral.BankCode))
                : ReferralStep.Illegal, cancellationToken);
    }

    public Task<Outcome<Referral>> WithdrawAsync(PlatformUser user, Guid id, string reason, CancellationToken cancellationToken) =>
        RunAsync(user, id, "referral.withdrawn", "withdrawn",
            (referral, now) => referral.Withdraw(reason, now) ? ReferralStep.Done : ReferralStep.Illegal, cancellationToken);

    public Task<Outcome<Referral>> SupplyInformationAsync(PlatformUser user, Guid id, string response, CancellationToken cancellationToken) =>
        RunAsync(user, id, "referral.information-supplied", "answered",
            (referral, _) => referral.SupplyInformation(response) ? ReferralStep.Done : ReferralStep.Illegal, cancellationToken);

    public Task<Outcome<Referral>> AcceptAsync(PlatformUser user, Guid id, CancellationToken cancellationToken) =>
        RunAsync(user, id, "referral.accepted", "accepted", (referral, now) =>
        {
            var first = referral.FirstRespondedAt is null;
            return referral.Accept(now, calendar.Current) ? ReferralStep.Then(() => CountResponse(referral, first)) : ReferralStep.Illegal;
        }, cancellationToken);

    public Task<Outcome<Referral>> RequestInformationAsync(PlatformUser user, Guid id, string request, CancellationToken cancellationToken) =>
        RunAsync(user, id, "referral.information-requested", "asked for more", (referral, now) =>
        {
            var first = referral.FirstRespondedAt is null;
            return referral.RequestInformation(request, now, calendar.Current) ? ReferralStep.Then(() => CountResponse(referral, first)) : ReferralStep.Illegal;
        }, cancellationToken);

    public async Task<Outcome<Referral>> ApproveAsync(
        PlatformUser user, Guid id, decimal amount, decimal annualRatePercent, int termMonths, CancellationToken cancellationToken)
    {
        var product = await ProductOfAsync(id, cancellationToken);
        return await RunAsync(user, id, "referral.approved", "approved", (referral, now) =>
        {
            if (!Referral.AwaitingBank.Contains(referral.Status) || referral.Status == ReferralStatus.MoreInfoRequested)
            {
                return ReferralStep.Illegal;
            }
            if (product?.CheckRange(amount, termMonths) is { } outOfRange)
            {
                return ReferralStep.Invalid(outOfRange.Field, outOfRange.Message);
            }
            var first = referral.FirstRespondedAt is null;
            referral.Approve(amount, annualRatePercent, termMonths, now, calendar.Current);
            return ReferralStep.Then(() =>
            {
                CountResponse(referral, first);
                metrics.Decided(referral.BankCode, "approved");
            });
        }, cancellationToken);
    }

    public Task<Outcome<Referral>> DeclineAsync(PlatformUser user, Guid id, string reason, CancellationToken cancellationToken) =>
        RunAsync(user, id, "referral.declined", "declined", (referral, now) =>
        {
            var first = referral.FirstRespondedAt is null;
            if (!referral.Decline(reason, now, calendar.Current))
            {
                return ReferralStep.Illegal;
            }
            return ReferralStep.Then(() =>
            {
                CountResponse(referral, first);
                metrics.Decided(referral.BankCode, "declined");
            });
        }, cancellationToken);

    public async Task<Outcome<Referral>> DisburseAsync(PlatformUser user, Guid id, decimal amount, DateOnly disbursedOn, CancellationToken cancellationToken)
    {
        var product = await ProductOfAsync(id, cancellationToken);
        return await RunAsync(user, id, "loan.disbursed", "disbursed", (referral, now) =>
        {
            if (referral.Status != ReferralStatus.Approved || product is null)
            {
                return ReferralStep.Illegal;
            }
            if (amount > referral.ApprovedAmount)
            {
                return ReferralStep.Invalid("amount", $"放款金额不能超过批准金额 {referral.ApprovedAmount:0.##} 元 (at most the approved {referral.ApprovedAmount:0.##} yuan can be disbursed)");
            }
            if (referral.ApprovedOn() is { } approvedOn && disbursedOn < approvedOn)
            {
                return ReferralStep.Invalid("disbursedOn",
                    $"放款日期 {disbursedOn:yyyy-MM-dd} 早于审批通过日期 {approvedOn:yyyy-MM-dd}：贷款不能在审批前发放 (a loan cannot be disbursed before it was approved).");
            }
            var disbursed = referral.Disburse(amount, disbursedOn, product, now)!;
            db.AddIntegrationEvent(disbursed, aggregateKey: referral.Id.ToString());
            return ReferralStep.Then(() => metrics.Disbursed(referral.BankCode, referral.ProductKind.ToString(), amount));
        }, cancellationToken);
    }

    public Task<Outcome<Referral>> RepayAsync(PlatformUser user, Guid id, DateOnly repaidOn, CancellationToken cancellationToken) =>
        RunAsync(user, id, "loan.repaid", "repaid", (referral, _) =>
        {
            if (referral.Status == ReferralStatus.Disbursed && repaidOn < referral.DisbursedOn)
            {
                return ReferralStep.Invalid("repaidOn", "贷款放款前不能还款 (a loan cannot be repaid before it was disbursed)");
            }
            return referral.Repay(repaidOn) ? ReferralStep.Done : ReferralStep.Illegal;
        }, cancellationToken);

    private Task<Outcome<Referral>> RunAsync(
        PlatformUser user, Guid id, string action, string verb, Func<Referral, DateTimeOffset, ReferralStep> step, CancellationToken cancellationToken) =>
        ReferralTransitions.RunAsync(db, id, user, time, action, verb, step, cancellationToken);

    /// <summary>The bank's first response is timed once, in working days.</summary>
    private void CountResponse(Referral referral, bool first)
    {
        if (first)
        {
            metrics.Responded(referral.BankCode, referral.ResponseWorkingDays);
        }
    }

    private Task<LoanProduct?> ProductOfAsync(Guid referralId, CancellationToken cancellationToken) =>
        db.Referrals.AsNoTracking().Where(r => r.Id == referralId)
            .Join(db.Products.AsNoTracking(), r => r.ProductCode, p => p.Code, (_, p) => p)
            .FirstOrDefaultAsync(cancellationToken);
}
