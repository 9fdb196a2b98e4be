using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Qingmeng.PolicyMatch.Infrastructure.Catalogue;
using Qingmeng.PolicyMatch.Model.Claims;
using Qingmeng.PolicyMatch.Model.Ledger;
using Qingmeng.PolicyMatch.Model.Policies;
using Qingmeng.PolicyMatch.Model.Profiles;
using Qingmeng.Contracts;
using Qingmeng.PolicyMatch.Services;
using Qingmeng.ServiceDefaults.Auditing;
using Qingmeng.ServiceDefaults.Authentication;
using Qingmeng.ServiceDefaults.Data;
using Qingmeng.ServiceDefaults.Messaging;
using Qingmeng.ServiceDefaults.Validation;

namespace Qingmeng.PolicyMatch.Infrastructure;

/// <summary>
/// Puts the policy catalogue in force on every fresh database (reference data, always): each policy's first
/// version is published with its <c>PolicyPublished</c> event and its budget ledger is opened. With demo data on,
/// signs the two demo firms up, with the facts the
/// authorities share (数据共享: revenue, tax, R&amp;D, staff). Facts another platform service owns are not seeded here: the
/// register's industry, size, location and date come from governance's FirmRegistered, projects from approval, the
/// white list from finance, talents from talent. With <see cref="DemoDataOptions.SeedFigures"/> also the 2023 and 2024
/// 秒兑现 history (2.16 亿元 paid to 664 firm-times in 2024, 6 % more than 2023). Idempotent.
/// </summary>
public sealed class PolicyMatchSeeder(IOptions<DemoDataOptions> demo, MatchingService matching, TimeProvider time) : IDbSeeder<PolicyMatchContext>
{
    public const string SeededBy = "policy-catalogue";
    public const string HistoryPeriod = "2024";
    public const decimal HistoryAmount = 216_000_000m;
    public const int HistoryFirmTimes = 664;
    public const string PreviousYearPeriod = "2023";
    /// <summary>2023's payments: 216,000,000 is 6 % more (to the hundredth of a percent).</summary>
    public const decimal PreviousYearAmount = 203_773_585m;
    /// <summary>The firms paid in 2024, as the firm register (governance) lists them: each was paid under several policies.</summary>
    private const int HistoryFirms = 40;

    public async Task SeedAsync(PolicyMatchContext context, CancellationToken cancellationToken)
    {
        await SeedCatalogueAsync(context, cancellationToken);
        if (demo.Value.Enabled)
        {
            if (demo.Value.SeedFigures)
            {
                await SeedHistoryAsync(context, cancellationToken);
            }
            await SeedDemoFirmsAsync(context, cancellationToken);
        }
    }

    private async Task SeedCatalogueAsync(PolicyMatchContext context, CancellationToken cancellationToken)
    {
        var existing = (await context.Policies.Select(p => p.Code).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        var now = time.GetUtcNow();
        foreach (var entry in PolicyCatalogue.All.Where(e => !existing.Contains(e.Code)))
        {
            var policy = Policy.Create(entry.Code, entry.Category, entry.Terms, SeededBy, now);
            var (published, problems) = policy.PublishDraft(SeededBy, now);
            if (published is null)
            {
                throw new InvalidOperationException($"Catalogue policy {entry.Code} is invalid: {string.Join("; ", problems.SelectMany(p => p.Value))}");
            }
            context.Policies.Add(policy);
            context.BudgetLedgers.Add(BudgetLedger.Open(policy.Code, entry.Terms.BudgetPeriod, entry.Terms.BudgetEnvelope, now));
            context.AddIntegrationEvent(published, aggregateKey: policy.Id.ToString());
        }
        await context.SaveChangesAsync(cancellationToken);
    }

    /// <summary>
    /// The payments behind the case study's figure, as the ledger records a payment: each is a disbursement on its
    /// policy's ledger for the period, audited, with its <c>SubsidyDisbursed</c> staged in the outbox in the same save and
    /// dated on the day it was paid, so the zone scorecard counts it in that year. 2024: 664 firm-times, exactly
    /// 216,000,000 yuan, each firm once per policy. 2023: the same firms, one payment each, 203,773,585 yuan (2024 is
    /// 6 % more). The payments predate the platform's claims, so they rest on no claim.
    /// </summary>
    private static async Task SeedHistoryAsync(PolicyMatchContext context, CancellationToken cancellationToken)
    {
        if (await context.Disbursements.AnyAsync(d => d.Period == HistoryPeriod, cancellationToken))
        {
            return;
        }
        var catalogue = PolicyCatalogue.All.ToList();
        var firms = HistoryFirmCodes.ToList();

        var payments = new List<HistoryPayment>();
        var amounts = Spread(HistoryAmount, Enumerable.Range(0, HistoryFirmTimes).Select(i => 40m + ((i * 37) % 61)).ToList());
        var taken = new HashSet<(string, string)>();
        var start = new DateTimeOffset(2024, 3, 1, 2, 0, 0, TimeSpan.Zero);
        for (var i = 0; i < HistoryFirmTimes; i++)
        {
            var firm = firms[i % HistoryFirms];
            var p = (i * 7 + i / HistoryFirms) % catalogue.Count;
            while (!taken.Add((catalogue[p].Code, firm)))
            {
                p = (p + 1) % catalogue.Count;
            }
            var paidAt = start.AddHours(i * 9.5);
            payments.Add(new(catalogue[p].Code, HistoryPeriod, firm, amounts[i], paidAt.AddHours(-(1 + (i % 47))), paidAt));
        }

        var previousAmounts = Spread(PreviousYearAmount, Enumerable.Range(0, HistoryFirms).Select(i => 50m + ((i * 29) % 53)).ToList());
        var previousStart = new DateTimeOffset(2023, 3, 6, 2, 0, 0, TimeSpan.Zero);
        for (var i = 0; i < HistoryFirms; i++)
        {
            var paidAt = previousStart.AddDays(i * 6.5);
            payments.Add(new(catalogue[(i * 11) % catalogue.Count].Code, PreviousYearPeriod, firms[i], previousAmounts[i], paidAt.AddHours(-(2 + (i % 30))), paidAt));
        }

        // Each policy's ledger for the year: its envelope, or what was paid where that was more (the budget was topped up).
        var envelopes = catalogue.ToDictionary(e => e.Code, e => e.Terms.BudgetEnvelope, StringComparer.Ordinal);
        var ledgers = new Dictionary<(string, string), BudgetLedger>();
        foreach (var (key, paid) in payments.GroupBy(x => (x.PolicyCode, x.Period)).Select(g => (g.Key, g.Sum(x => x.Amount))))
        {
            var ledger = BudgetLedger.Open(key.PolicyCode, key.Period, Math.Max(envelopes[key.PolicyCode], Math.Ceiling(paid / 100_000m) * 100_000m),
                new DateTimeOffset(int.Parse(key.Period, CultureInfo.InvariantCulture), 1, 2, 1, 0, 0, TimeSpan.Zero));
            ledgers[key] = ledger;
            context.BudgetLedgers.Add(ledger);
        }

        foreach (var payment in payments.OrderBy(x => x.PaidAt))
        {
            var entry = Disbursement.Payment(null, payment.PolicyCode, 1, payment.Period, payment.CreditCode, payment.Amount, payment.EligibleSince,
                HistoryUser.Subject, HistoryBasis, payment.PaidAt);
            context.Disbursements.Add(entry);
            if (!ledgers[(payment.PolicyCode, payment.Period)].RecordPayment(payment.Amount, payment.PaidAt))
            {
                throw new InvalidOperationException($"The history overspends {payment.PolicyCode} ({payment.Period}).");
            }
            context.AddIntegrationEvent(
                new SubsidyDisbursed(entry.Id, payment.PolicyCode, 1, payment.CreditCode, payment.Amount, payment.Period) { OccurredAt = payment.PaidAt },
                aggregateKey: payment.PolicyCode);
            context.AddAudit(HistoryUser, "subsidy.paid", "disbursement", entry.Id.ToString(), payment.PaidAt);
        }
        await context.SaveChangesAsync(cancellationToken);
        context.ChangeTracker.Clear();
    }

    private sealed record HistoryPayment(string PolicyCode, string Period, string CreditCode, decimal Amount, DateTimeOffset EligibleSince, DateTimeOffset PaidAt);

    /// <summary>Whole yuan in proportion to the weights, summing exactly to the total.</summary>
    private static List<decimal> Spread(decimal total, List<decimal> weights)
    {
        var sum = weights.Sum();
        var amounts = weights.Select(w => Math.Round(total * w / sum, 0)).ToList();
        amounts[^1] += total - amounts.Sum();
        return amounts;
    }

    /// <summary>The credit codes of the firms paid in 2024 (the firm register's).</summary>
    public static IEnumerable<string> HistoryFirmCodes => Enumerable.Range(1, HistoryFirms).Select(HistoryFirm);

    /// <summary>The credit codes of the demo firms whose profiles are registered.</summary>
    public static IEnumerable<string> DemoFirmCodes => DemoFirms.Select(f => f.CreditCode);

    private static string HistoryFirm(int n)
    {
        var organisation = $"MA{n:D6}";
        var first17 = $"91350500{organisation}{UnifiedSocialCreditCode.ComputeOrganizationCodeCheckCharacter(organisation)}";
        return first17 + UnifiedSocialCreditCode.ComputeCheckCharacter(first17);
    }

    private static readonly DecisionBasis HistoryBasis = new([], ["history"]);

    /// <summary>Who recorded the payments made before the platform, as the ledger and the audit trail name them.</summary>
    private static readonly PlatformUser HistoryUser = new("demo-history", "惠企资金兑现台账（演示数据）", new HashSet<string>(StringComparer.Ordinal), null, false, null, null, null);

    private static readonly FactOrigin DemoOrigin = new(FactSources.Officer, "demo", DateTimeOffset.MinValue, By: "demo-data", ByName: "数据共享（演示数据）");

    private static readonly (string CreditCode, string Name, string Mobile, (string Field, object Value)[] Facts)[] DemoFirms =
    [
        ("91350500MA31GJ8K73", "泉州杰嘉电子有限公司", "13805951234",
        [
            ("industryChain", "电子信息"), ("aboveDesignatedSize", true), ("annualRevenue", 186_000_000m), ("revenueGrowth", 18.5m), ("taxPaid", 6_200_000m),
            ("rdExpense", 7_900_000m), ("rdRatio", 4.2m), ("inventionPatents", 12m), ("employees", 420m), ("socialInsuranceMonths", 36m),
            ("layoffRate", 1.2m), ("creditStanding", "A"), ("penaltiesLast12Months", 0m), ("certifications", new[] { "高新技术企业", "省级专精特新中小企业" }),
        ]),
        ("91350503MA33RK6N3U", "福建路金汽车精密零部件有限公司", "13905959876",
        [
            ("industryChain", "智能装备"), ("aboveDesignatedSize", true), ("annualRevenue", 46_000_000m), ("rdRatio", 2.7m), ("rdExpense", 1_240_000m), ("employees", 96m), ("socialInsuranceMonths", 18m),
            ("creditStanding", "B"), ("certifications", new[] { "科技型中小企业", "创新型中小企业" }),
        ]),
    ];

    private async Task SeedDemoFirmsAsync(PolicyMatchContext context, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        foreach (var demo in DemoFirms)
        {
            // The register's events may have started the profile already: the demo firm then signs up on it.
            var profile = await context.Profiles.FirstOrDefaultAsync(p => p.CreditCode == demo.CreditCode, cancellationToken);
            if (profile is { Registered: true })
            {
                continue;
            }
            if (profile is null)
            {
                profile = FirmProfile.Learnt(demo.CreditCode, now);
                context.Profiles.Add(profile);
            }
            profile.Register(demo.Name, demo.Mobile, null, now);
            foreach (var (field, value) in demo.Facts)
            {
                // Demo facts stand for records shared by the authorities (数据共享), entered by an officer.
                var change = profile.SetFact(field, JsonSerializer.SerializeToElement(value), DemoOrigin with { AsOf = now }, now);
                if (change is not null)
                {
                    context.ProfileFactChanges.Add(change);
                }
            }
            await matching.RematchFirmAsync(profile, cancellationToken);
        }
        await context.SaveChangesAsync(cancellationToken);
    }
}
