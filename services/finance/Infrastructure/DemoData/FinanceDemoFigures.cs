using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Qingmeng.Finance.Model;
using Qingmeng.ServiceDefaults.Auditing;
using Qingmeng.ServiceDefaults.Authentication;
using Qingmeng.ServiceDefaults.Calendar;
using Qingmeng.ServiceDefaults.Messaging;
using Qingmeng.ServiceDefaults.Validation;

namespace Qingmeng.Finance.Infrastructure.DemoData;

/// <summary>
/// The year of activity behind the case study's finance figures (DemoData:SeedFigures), over firms of the zone's register,
/// each step taken through the domain's own methods with the audit entry and the event the API would record:
/// <list type="bullet">
/// <item>续贷 2.79亿元: 36 six-month 科创贷 of 泉州银行 disbursed from late January to July 2025 and renewed into its 无还本续贷
/// at maturity (<c>LoanDisbursed</c> for each loan and each renewal);</item>
/// <item>the 5.32亿元 industry fund: nine equity investments in 2025, 318,000,000 yuan in all (the seed gives the
/// commitment only);</item>
/// <item>银企对接效率 +40 %: nine firms listed on the IP-pledge white list (scored, reviewed, <c>WhitelistChanged</c>) and
/// nine others each record a financing need in 2025; the listed firms' 知识产权质押贷 arrive in a median 10 days, the
/// others' 科创贷 in 14.</item>
/// </list>
/// Dated 2025, not the case study's 2024: a referral's bank deadline counts working days, and the working-day calendar
/// starts in 2025.
/// </summary>
public static class FinanceDemoFigures
{
    public const string NumberPrefix = "RZFG";
    public const string FundCode = "QM-IIF";
    public const decimal RenewalTotal = 279_000_000m;
    private const int Renewals = 36;
    private const int MatchedFirms = 9;

    private static readonly decimal[] FundInvestments = [60_000_000m, 50_000_000m, 45_000_000m, 40_000_000m, 35_000_000m, 30_000_000m, 25_000_000m, 18_000_000m, 15_000_000m];
    private static readonly int[] WhitelistedDays = [6, 8, 9, 10, 10, 10, 11, 12, 14];
    private static readonly int[] OtherDays = [10, 12, 13, 14, 14, 14, 15, 17, 19];

    private static readonly PlatformUser Bank = PlatformUser.System("demo-figures-bank", "泉州银行（演示数据）");
    private static readonly PlatformUser Officer = PlatformUser.System("demo-figures-officer", "金融服务专员（演示数据）");
    private static readonly PlatformUser Firm = PlatformUser.System("demo-figures-firm", "企业（演示数据）");

    /// <summary>The firms the figures concern, as the firm register (governance) names them: the firms of the 2024 秒兑现 history.</summary>
    public static IEnumerable<(string CreditCode, string Name)> Firms => Enumerable.Range(1, 40).Select(n => (RegisterCode(n), RegisterName(n)));

    public static async Task SeedAsync(FinanceContext context, decimal whitelistThreshold, CancellationToken cancellationToken)
    {
        if (await context.Referrals.AnyAsync(r => r.Number.StartsWith(NumberPrefix), cancellationToken))
        {
            return;
        }
        var products = await context.Products.AsNoTracking().ToDictionaryAsync(p => p.Code, cancellationToken);
        var firms = Firms.ToList();
        var number = 0;
        string NextNumber() => $"{NumberPrefix}{++number:D8}";

        AddRenewals(context, products["QZBANK-KCD"], products["QZBANK-XD"], firms, NextNumber);
        AddMatchmaking(context, products["QZBANK-ZSCQ"], products["QZBANK-KCD"], firms, whitelistThreshold, NextNumber);
        AddFundInvestments(context, firms);
        try
        {
            await context.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another replica seeded the same figures at the same moment: its save stands, this one rolled back whole.
            context.ChangeTracker.Clear();
        }
    }

    private static void AddRenewals(FinanceContext context, LoanProduct sciTech, LoanProduct renewal, List<(string CreditCode, string Name)> firms, Func<string> nextNumber)
    {
        var weights = Enumerable.Range(0, Renewals).Select(i => 60m + ((i * 17) % 41)).ToList();
        var amounts = weights.Select(w => Math.Round(RenewalTotal * w / weights.Sum() / 10_000m, 0) * 10_000m).ToList();
        amounts[^1] += RenewalTotal - amounts.Sum();
        for (var i = 0; i < Renewals; i++)
        {
            var (creditCode, name) = firms[i];
            var disbursedOn = new DateOnly(2025, 1, 27).AddDays(i * 5);
            var loan = Disbursed(context, sciTech, creditCode, name, null, null, amounts[i], 6, "流动资金周转", disbursedOn, daysFromApplication: 20, nextNumber);
            var renewedOn = disbursedOn.AddMonths(6).AddDays(-3);
            var renewedAt = At(renewedOn);
            var (renewed, disbursed) = loan.Renew(nextNumber(), renewal, amounts[i], 3.45m, 12, renewedOn, Bank.Subject, renewedAt)!.Value;
            context.Referrals.Add(renewed);
            context.AddIntegrationEvent(disbursed, aggregateKey: renewed.Id.ToString());
            context.AddAudit(Bank, "loan.renewed", "referral", loan.Id.ToString(), renewedAt);
            context.AddAudit(Bank, "loan.disbursed", "referral", renewed.Id.ToString(), renewedAt);
        }
    }

    private static void AddMatchmaking(
        FinanceContext context, LoanProduct ipPledge, LoanProduct sciTech, List<(string CreditCode, string Name)> firms, decimal threshold, Func<string> nextNumber)
    {
        for (var i = 0; i < MatchedFirms; i++)
        {
            // Listed in January 2025, before its need: an IP-rich 高新技术企业 that scores well above the threshold.
            var (creditCode, name) = firms[i];
            var evaluatedAt = At(new DateOnly(2025, 1, 8).AddDays(i));
            var profile = FirmProfile.Create(creditCode, new FirmProfileData(name, 60_000_000m + i * 5_000_000m, 15m, 5m, 5 + i % 3, 8, 120 + i * 10, 8 + i, "AA", false, true, false, false, false), evaluatedAt);
            context.Profiles.Add(profile);
            context.AddAudit(Firm, "profile.updated", "firm-profile", creditCode, evaluatedAt);
            var entry = WhitelistEntry.Propose(profile, name, WhitelistScoring.Score(profile), Officer.Subject, evaluatedAt);
            if (!entry.CanBeListed(threshold))
            {
                throw new InvalidOperationException($"Demo white-list firm {creditCode} scores {entry.Score}, below {threshold}.");
            }
            context.Whitelist.Add(entry);
            context.AddAudit(Officer, "whitelist.evaluated", "whitelist-entry", entry.Id.ToString(), evaluatedAt);
            var listedAt = evaluatedAt.AddDays(3);
            var changed = entry.Review(true, "知识产权质押融资白名单年度评审通过", threshold, Officer.Subject, ChinaTime.ToChinaDate(listedAt), listedAt)!;
            profile.SetWhitelist(true, listedAt);
            context.AddIntegrationEvent(changed, aggregateKey: creditCode);
            context.AddAudit(Officer, "whitelist.listed", "whitelist-entry", entry.Id.ToString(), listedAt);

            AddNeedAndLoan(context, ipPledge, creditCode, name, entry.Id, new DateOnly(2025, 3, 4).AddDays(i * 23), WhitelistedDays[i], nextNumber);
            var (otherCode, otherName) = firms[MatchedFirms + i];
            AddNeedAndLoan(context, sciTech, otherCode, otherName, null, new DateOnly(2025, 3, 6).AddDays(i * 23), OtherDays[i], nextNumber);
        }
    }

    /// <summary>A need recorded on <paramref name="needOn"/> and its first loan disbursed <paramref name="days"/> calendar days later.</summary>
    private static void AddNeedAndLoan(
        FinanceContext context, LoanProduct product, string creditCode, string name, Guid? whitelistEntryId, DateOnly needOn, int days, Func<string> nextNumber)
    {
        var needAt = At(needOn);
        var need = FinancingNeed.Record(creditCode, 3_000_000m, 24, "研发设备购置及流动资金", Firm.Subject, needAt);
        context.Needs.Add(need);
        context.AddAudit(Firm, "need.recorded", "financing-need", need.Id.ToString(), needAt);
        Disbursed(context, product, creditCode, name, need.Id, whitelistEntryId, 3_000_000m, 24, need.Purpose, needOn.AddDays(days), days - 1, nextNumber);
    }

    /// <summary>A loan applied for, consented to, approved and disbursed on <paramref name="disbursedOn"/>, as a bank's steps record it.</summary>
    private static Referral Disbursed(
        FinanceContext context, LoanProduct product, string creditCode, string name, Guid? needId, Guid? whitelistEntryId, decimal amount, int termMonths,
        string purpose, DateOnly disbursedOn, int daysFromApplication, Func<string> nextNumber)
    {
        var calendar = WorkingDayCalendar.ChinaMainland;
        var disbursedAt = At(disbursedOn);
        var appliedAt = disbursedAt.AddDays(-daysFromApplication);
        var approvedAt = disbursedAt.AddDays(-Math.Min(2, daysFromApplication));
        var loan = Referral.Apply(nextNumber(), creditCode, name, product, needId, amount, termMonths, purpose, whitelistEntryId, Firm.Subject, null, appliedAt);
        loan.Consent(appliedAt, 3, calendar);
        loan.Approve(amount, 3.45m, termMonths, approvedAt, calendar);
        var disbursed = loan.Disburse(amount, disbursedOn, product, disbursedAt)
            ?? throw new InvalidOperationException($"Demo loan {loan.Number} cannot be disbursed on {disbursedOn}.");
        context.Referrals.Add(loan);
        context.AddIntegrationEvent(disbursed, aggregateKey: loan.Id.ToString());
        context.AddAudit(Firm, "referral.applied", "referral", loan.Id.ToString(), appliedAt);
        context.AddAudit(Firm, "referral.consented", "referral", loan.Id.ToString(), appliedAt);
        context.AddAudit(Bank, "referral.approved", "referral", loan.Id.ToString(), approvedAt);
        context.AddAudit(Bank, "loan.disbursed", "referral", loan.Id.ToString(), disbursedAt);
        return loan;
    }

    private static void AddFundInvestments(FinanceContext context, List<(string CreditCode, string Name)> firms)
    {
        for (var i = 0; i < FundInvestments.Length; i++)
        {
            var (creditCode, name) = firms[2 * MatchedFirms + i];
            var investedOn = new DateOnly(2025, 2, 20).AddDays(i * 31);
            var investment = FundInvestment.Record(FundCode, creditCode, name, FundInvestments[i], investedOn, "股权投资", Officer.Subject, At(investedOn));
            context.FundInvestments.Add(investment);
            context.AddAudit(Officer, "fund.invested", "fund-investment", investment.Id.ToString(), At(investedOn));
        }
    }

    /// <summary>10:00 China time on the day.</summary>
    private static DateTimeOffset At(DateOnly day) => ChinaTime.At(day, new TimeOnly(10, 0)).ToUniversalTime();

    // The register's codes and names of these firms (governance's FirmRegisterSeed); a test holds the two in step.
    private static string RegisterCode(int n)
    {
        var organisation = string.Create(CultureInfo.InvariantCulture, $"MA{n:D6}");
        var first17 = $"91350500{organisation}{UnifiedSocialCreditCode.ComputeOrganizationCodeCheckCharacter(organisation)}";
        return first17 + UnifiedSocialCreditCode.ComputeCheckCharacter(first17);
    }

    private static string RegisterName(int n)
    {
        string[] names = ["鸿业", "闽兴", "泉德", "海晟", "清源", "晋丰", "宏达", "永盛"];
        string[] trades = ["纺织", "鞋业", "包装", "机械", "电子"];
        return $"泉州{names[n % names.Length]}{trades[n % trades.Length]}有限公司";
    }
}
