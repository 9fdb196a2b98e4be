using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Qingmeng.Finance.Infrastructure;
using Qingmeng.Finance.Model;
using Qingmeng.Finance.Operations;
using Qingmeng.ServiceDefaults.Auditing;
using Qingmeng.ServiceDefaults.Calendar;
using Qingmeng.ServiceDefaults.Eligibility;
using Qingmeng.ServiceDefaults.Notifications;
using Qingmeng.ServiceDefaults.Scheduling;

namespace Qingmeng.Finance.Jobs;

/// <summary>
/// 续贷预警: N days before a loan matures, checks the firm against the bank's renewal product and tells the
/// firm and the bank once. The loan is marked warned only when both messages went out; the notification keys
/// make a repeated round (or a second replica) send nothing twice.
/// </summary>
public sealed class RenewalWarningJob(
    FinanceContext db,
    INotificationSender notifications,
    TimeProvider time,
    IOptions<FinanceOptions> options,
    FinanceMetrics metrics,
    ILogger<RenewalWarningJob> logger) : IScheduledJob
{
    public const string Category = "loan-renewal";

    private const int BatchSize = 200;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var today = ChinaTime.ToChinaDate(now);
        var horizon = today.AddDays(options.Value.RenewalWarningDays);
        var maturing = await db.Referrals
            .Where(r => r.Status == ReferralStatus.Disbursed && r.RenewalWarningSentAt == null && r.MaturesOn != null && r.MaturesOn <= horizon)
            .OrderBy(r => r.MaturesOn).Take(BatchSize).ToListAsync(cancellationToken);
        if (maturing.Count == 0)
        {
            return;
        }
        var banks = await db.Banks.AsNoTracking().ToDictionaryAsync(b => b.Code, cancellationToken);
        var renewalProducts = await db.Products.AsNoTracking().Where(p => p.Kind == ProductKind.Renewal && p.Active)
            .ToListAsync(cancellationToken);

        foreach (var loan in maturing)
        {
            var profile = await db.Profiles.AsNoTracking().FirstOrDefaultAsync(p => p.CreditCode == loan.CreditCode, cancellationToken);
            var product = renewalProducts.FirstOrDefault(p => p.BankCode == loan.BankCode);
            var openPenalties = await db.OpenPenaltiesAsync(loan.CreditCode, cancellationToken);
            var result = product is null
                ? null
                : EligibilityEvaluator.Evaluate(
                    product.Eligibility, FinanceFields.For(profile, loan.DisbursedAmount, loan.ApprovedTermMonths, hasMaturingLoan: true, openPenalties), FinanceFields.Catalog);
            var eligible = result?.Outcome == EligibilityOutcome.Met;
            var bank = banks[loan.BankCode];
            var verdict = result switch
            {
                null => $"{bank.Name}暂无续贷产品，请提前筹措还款资金。",
                { Outcome: EligibilityOutcome.Met } => $"经初步核验符合{product!.Name}条件，可向{bank.Name}申请续贷。",
                { Outcome: EligibilityOutcome.Unknown } => $"续贷条件尚缺信息：{string.Join("；", result.Missing.Select(e => e.Label))}。",
                _ => $"暂不符合续贷条件：{string.Join("；", result.Unmet.Select(e => e.Text))}。",
            };

            var firm = await notifications.SendAsync(new Notification(
                $"renewal-warning:{loan.Id}:firm", loan.AppliedBy, Category,
                $"【续贷提醒】贵企业在{bank.Name}的贷款 {loan.Number}（{loan.DisbursedAmount:0.##} 元）将于 {loan.MaturesOn:yyyy-MM-dd} 到期。{verdict}"), cancellationToken);
            var toBank = await notifications.SendAsync(new Notification(
                $"renewal-warning:{loan.Id}:bank", bank.NotificationRecipient, Category,
                $"【续贷预警】{loan.FirmName}的贷款 {loan.Number}（{loan.DisbursedAmount:0.##} 元）将于 {loan.MaturesOn:yyyy-MM-dd} 到期，"
                + (eligible ? "企业符合续贷条件，请提前对接。" : "企业暂不完全符合续贷条件，请关注还款安排。")), cancellationToken);

            if (firm.IsSettled() && toBank.IsSettled())
            {
                loan.MarkRenewalWarningSent(eligible, now);
                db.AddAudit(SchedulerActor.Scheduler, "loan.renewal-warned", "referral", loan.Id.ToString(), now);
                metrics.RenewalWarned(loan.BankCode);
                FinanceLog.RenewalWarned(logger, loan.Number, loan.BankCode, loan.MaturesOn!.Value, eligible);
                await db.SaveChangesAsync(cancellationToken);
            }
            else
            {
                FinanceLog.NotificationDeferred(logger, $"renewal-warning:{loan.Id}", $"firm {firm}, bank {toBank}");
            }
        }
    }
}
