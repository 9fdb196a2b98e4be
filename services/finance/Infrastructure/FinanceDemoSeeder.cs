using Qingmeng.ServiceDefaults.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Qingmeng.Finance.Extensions;
using Qingmeng.Finance.Model;
using Qingmeng.ServiceDefaults.Auditing;
using Qingmeng.ServiceDefaults.Authentication;
using Qingmeng.ServiceDefaults.Calendar;
using Qingmeng.ServiceDefaults.Messaging;

namespace Qingmeng.Finance.Infrastructure;

/// <summary>
/// Profiles of the two demo firms (matching the identity service's demo accounts) so matchmaking has something
/// to show, one referral of 泉州杰嘉电子 to 泉州银行's 科创贷 awaiting the bank (bank.qzbank sees it), and the firm's
/// earlier 科创贷, disbursed with its LoanDisbursed event; with <see cref="DemoDataOptions.SeedFigures"/> also the case
/// study's finance figures (<see cref="FinanceDemoFigures"/>).
/// </summary>
public sealed class FinanceDemoSeeder(IOptions<DemoDataOptions> options, IOptions<FinanceOptions> finance, TimeProvider time)
{
    public static readonly IReadOnlyList<(string CreditCode, FirmProfileData Data)> DemoProfiles =
    [
        ("91350500MA31GJ8K73", new FirmProfileData("泉州杰嘉电子有限公司", 86_000_000m, 18.5m, 5.2m, 4, 12, 186, 9, "AA", true, true, false, false, true)),
        ("91350503MA33RK6N3U", new FirmProfileData("福建路金汽车精密零部件有限公司", 42_000_000m, -6.0m, 2.1m, 1, 5, 95, 12, "BBB", false, false, false, true, false)),
    ];

    public const string DemoReferralNumber = "RZDEMO000001";

    public async Task SeedAsync(FinanceContext context, CancellationToken cancellationToken)
    {
        if (!options.Value.Enabled)
        {
            return;
        }
        await SeedProfilesAsync(context, cancellationToken);
        await SeedDisbursedLoanAsync(context, cancellationToken);
        await SeedReferralAsync(context, cancellationToken);
        if (options.Value.SeedFigures)
        {
            await FinanceDemoFigures.SeedAsync(context, finance.Value.WhitelistThreshold, cancellationToken);
        }
    }

    /// <summary>
    /// 泉州杰嘉电子's earlier 科创贷 from 泉州银行, applied for, approved and disbursed half a year ago as the bank would
    /// (its LoanDisbursed staged and audited), so the firm's policy profile learns its lending from finance.
    /// </summary>
    private async Task SeedDisbursedLoanAsync(FinanceContext context, CancellationToken cancellationToken)
    {
        if (await context.Referrals.AnyAsync(r => r.Number == DemoLoanNumber, cancellationToken))
        {
            return;
        }
        var now = time.GetUtcNow();
        var appliedAt = now.AddDays(-200);
        var product = await context.Products.AsNoTracking().FirstAsync(p => p.Code == "QZBANK-KCD", cancellationToken);
        var (creditCode, data) = DemoProfiles[0];
        var calendar = await context.LoadWorkingDayCalendarAsync(cancellationToken);
        var loan = Referral.Apply(DemoLoanNumber, creditCode, data.Name, product, null, 2_000_000m, 24, "智能终端产线设备购置", null, DemoUser.Subject, null, appliedAt);
        loan.Consent(appliedAt, 3, calendar);
        loan.Approve(2_000_000m, 3.1m, 24, appliedAt.AddDays(5), calendar);
        var disbursed = loan.Disburse(2_000_000m, WorkingDayCalendar.ToChinaDate(appliedAt.AddDays(10)), product, appliedAt.AddDays(10))!;
        context.Referrals.Add(loan);
        context.AddIntegrationEvent(disbursed, aggregateKey: creditCode);
        context.AddAudit(DemoUser, "referral.disbursed", "referral", loan.Id.ToString(), appliedAt.AddDays(10));
        try
        {
            await context.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            context.ChangeTracker.Clear();
        }
    }

    public const string DemoLoanNumber = "RZDEMO000002";

    private static readonly PlatformUser DemoUser = new("demo-seed", "演示数据", new HashSet<string>(StringComparer.Ordinal), null, false, null, null, null);

    private async Task SeedReferralAsync(FinanceContext context, CancellationToken cancellationToken)
    {
        if (await context.Referrals.AnyAsync(r => r.Number == DemoReferralNumber, cancellationToken))
        {
            return;
        }
        var now = time.GetUtcNow();
        var product = await context.Products.AsNoTracking().FirstAsync(p => p.Code == "QZBANK-KCD", cancellationToken);
        var (creditCode, data) = DemoProfiles[0];
        var referral = Referral.Apply(DemoReferralNumber, creditCode, data.Name, product, null, 3_000_000m, 24,
            "研发中心建设及新产品试产流动资金", null, "demo-seed", null, now);
        referral.Consent(now, 3, await context.LoadWorkingDayCalendarAsync(cancellationToken));
        context.Referrals.Add(referral);
        try
        {
            await context.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            context.ChangeTracker.Clear();
        }
    }

    private async Task SeedProfilesAsync(FinanceContext context, CancellationToken cancellationToken)
    {
        var codes = DemoProfiles.Select(p => p.CreditCode).ToArray();
        var existing = await context.Profiles.Where(p => codes.Contains(p.CreditCode)).Select(p => p.CreditCode).ToListAsync(cancellationToken);
        var now = time.GetUtcNow();
        foreach (var (creditCode, data) in DemoProfiles.Where(p => !existing.Contains(p.CreditCode)))
        {
            context.Profiles.Add(FirmProfile.Create(creditCode, data, now));
        }
        try
        {
            await context.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            context.ChangeTracker.Clear();
        }
    }
}
