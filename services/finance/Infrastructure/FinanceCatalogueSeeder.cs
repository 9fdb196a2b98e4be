using Microsoft.EntityFrameworkCore;
using Qingmeng.Finance.Model;
using Qingmeng.ServiceDefaults.Data;
using Qingmeng.ServiceDefaults.Eligibility;
using static Qingmeng.Finance.Model.FinanceFields;

namespace Qingmeng.Finance.Infrastructure;

/// <summary>The partner banks and their loan products (纾困贷, 三争贷, 科创贷 up to 10,000,000 yuan, IP-pledge, guarantee-backed, 续贷).</summary>
public static class FinanceCatalogue
{
    public static readonly IReadOnlyList<PartnerBank> Banks =
    [
        PartnerBank.Create("QZBANK", "泉州银行", "bank:QZBANK", true, new DateOnly(2024, 3, 1)),
        PartnerBank.Create("CIBQZ", "兴业银行泉州分行", "bank:CIBQZ", true, new DateOnly(2024, 3, 1)),
        PartnerBank.Create("BOCQZ", "中国银行泉州分行", "bank:BOCQZ", true, new DateOnly(2024, 6, 1)),
        PartnerBank.Create("ICBCQZ", "中国工商银行泉州分行", "bank:ICBCQZ", true, new DateOnly(2024, 6, 1)),
        PartnerBank.Create("QZRCB", "泉州农村商业银行", "bank:QZRCB", true, new DateOnly(2024, 9, 1)),
    ];

    private static readonly Condition NoOverdue = Comparison.Of(HasOverdueLoans, ComparisonOperator.Equal, false);

    /// <summary>Government-backed guarantees and renewals ask for a clean record: penalties reported by governance and not repaired.</summary>
    private static readonly Condition NoOpenPenalties = Comparison.Of(OpenPenalties, ComparisonOperator.LessThanOrEqual, 0);

    private static Condition RatingAtLeast(string rating) =>
        Comparison.Of(CreditRating, ComparisonOperator.In, FirmProfile.Ratings.Skip(FirmProfile.RatingRank(rating) - 1).ToArray());

    public static readonly IReadOnlyList<LoanProductTerms> Products =
    [
        new("QZBANK-KCD", "QZBANK", "科创贷", ProductKind.SciTech,
            "面向科技创新企业的信用贷款，最高 1000 万元，政府性融资担保增信，区财政贴息。",
            500_000m, 10_000_000m, 6, 36, LprTenor.OneYear, 0.10m,
            GuaranteeRequirement.GovernmentGuarantee, 0.50m, 1.00m, 20m, 20m, 60m, false,
            new AllOf([
                new AnyOf([
                    Comparison.Of(HighTech, ComparisonOperator.Equal, true),
                    Comparison.Of(SpecialisedSme, ComparisonOperator.Equal, true),
                    Comparison.Of(InventionPatents, ComparisonOperator.GreaterThanOrEqual, 1),
                ]),
                Comparison.Of(RdRatioPercent, ComparisonOperator.GreaterThanOrEqual, 3m),
                RatingAtLeast("BBB"),
                NoOverdue,
            ])),
        new("QZBANK-ZSCQ", "QZBANK", "知识产权质押贷", ProductKind.IpPledge,
            "以发明专利等知识产权质押，面向知识产权质押融资白名单企业。",
            200_000m, 5_000_000m, 12, 36, LprTenor.OneYear, 0.50m,
            GuaranteeRequirement.IpPledge, 0m, 1.50m, 30m, 70m, 0m, true,
            new AllOf([
                Comparison.Of(OnWhitelist, ComparisonOperator.Equal, true),
                Comparison.Of(InventionPatents, ComparisonOperator.GreaterThanOrEqual, 1),
                NoOverdue,
            ])),
        new("QZBANK-XD", "QZBANK", "无还本续贷", ProductKind.Renewal,
            "贷款到期前申请，无需先还本金即可续贷，缓解转贷资金压力。",
            100_000m, 10_000_000m, 12, 36, LprTenor.OneYear, 0.30m,
            GuaranteeRequirement.None, 0m, 0m, 0m, 100m, 0m, false,
            new AllOf([
                Comparison.Of(HasMaturingLoan, ComparisonOperator.Equal, true),
                RatingAtLeast("BB"),
                NoOverdue,
                NoOpenPenalties,
            ])),
        new("CIBQZ-SKD", "CIBQZ", "纾困贷", ProductKind.Relief,
            "面向生产经营暂时困难但有订单、有市场的企业，利率低于 LPR，政府性融资担保增信。",
            300_000m, 3_000_000m, 6, 12, LprTenor.OneYear, -0.15m,
            GuaranteeRequirement.GovernmentGuarantee, 0.50m, 1.00m, 20m, 20m, 60m, false,
            new AllOf([
                Comparison.Of(InDifficulty, ComparisonOperator.Equal, true),
                Comparison.Of(Employees, ComparisonOperator.GreaterThanOrEqual, 10),
                Comparison.Of(YearsInOperation, ComparisonOperator.GreaterThanOrEqual, 1),
                NoOverdue,
            ])),
        new("BOCQZ-SZD", "BOCQZ", "三争贷", ProductKind.ThreeStrive,
            "支持列入“争跨越、争投资、争项目”行动的重点项目企业扩产投资。",
            1_000_000m, 20_000_000m, 12, 60, LprTenor.FiveYear, 0m,
            GuaranteeRequirement.Collateral, 0m, 0.50m, 0m, 100m, 0m, false,
            new AllOf([
                Comparison.Of(ThreeStriveCampaign, ComparisonOperator.Equal, true),
                Comparison.Of(AnnualRevenue, ComparisonOperator.GreaterThanOrEqual, 20_000_000m),
                RatingAtLeast("A"),
                NoOverdue,
            ])),
        new("ICBCQZ-KCD", "ICBCQZ", "科创贷（高新企业专享）", ProductKind.SciTech,
            "面向高新技术企业的信用贷款，最高 1000 万元。",
            1_000_000m, 10_000_000m, 6, 36, LprTenor.OneYear, -0.05m,
            GuaranteeRequirement.None, 0m, 0.50m, 0m, 100m, 0m, false,
            new AllOf([
                Comparison.Of(HighTech, ComparisonOperator.Equal, true),
                Comparison.Of(InventionPatents, ComparisonOperator.GreaterThanOrEqual, 3),
                Comparison.Of(RevenueGrowthPercent, ComparisonOperator.GreaterThanOrEqual, 10m),
                NoOverdue,
            ])),
        new("QZRCB-DBD", "QZRCB", "政府性融资担保贷", ProductKind.GuaranteeBacked,
            "政府性融资担保机构担保，担保费率不超过 1%，支持普惠小微企业增户扩面。",
            100_000m, 3_000_000m, 6, 36, LprTenor.OneYear, 0.60m,
            GuaranteeRequirement.GovernmentGuarantee, 0.80m, 0.50m, 20m, 20m, 60m, false,
            new AllOf([
                Comparison.Of(Employees, ComparisonOperator.LessThanOrEqual, 300),
                Comparison.Of(AnnualRevenue, ComparisonOperator.LessThanOrEqual, 200_000_000m),
                RatingAtLeast("BB"),
                NoOverdue,
                NoOpenPenalties,
            ])),
        new("QZRCB-ZSCQ", "QZRCB", "知识产权质押贷（普惠）", ProductKind.IpPledge,
            "小额知识产权质押贷款，白名单企业快速审批。",
            100_000m, 3_000_000m, 12, 24, LprTenor.OneYear, 0.80m,
            GuaranteeRequirement.IpPledge, 0m, 1.50m, 30m, 70m, 0m, true,
            new AllOf([
                Comparison.Of(OnWhitelist, ComparisonOperator.Equal, true),
                Comparison.Of(OtherPatents, ComparisonOperator.GreaterThanOrEqual, 2),
                NoOverdue,
            ])),
    ];
}

/// <summary>
/// Reference data, seeded always (then the demo firms when demo data is on): the partner banks and their loan products (纾困贷, 三争贷, 科创贷 up to
/// 10,000,000 yuan, IP-pledge, guarantee-backed and renewal loans). Idempotent: rows are inserted or brought up to date.
/// </summary>
internal sealed class FinanceCatalogueSeeder(FinanceDemoSeeder demo) : IDbSeeder<FinanceContext>
{
    public async Task SeedAsync(FinanceContext context, CancellationToken cancellationToken)
    {
        var banks = await context.Banks.ToDictionaryAsync(b => b.Code, cancellationToken);
        foreach (var bank in FinanceCatalogue.Banks)
        {
            if (banks.TryGetValue(bank.Code, out var existing))
            {
                existing.Update(bank.Name, bank.NotificationRecipient, bank.IsPartner);
            }
            else
            {
                context.Banks.Add(PartnerBank.Create(bank.Code, bank.Name, bank.NotificationRecipient, bank.IsPartner, bank.JoinedOn));
            }
        }
        await context.SaveChangesAsync(cancellationToken);

        var products = await context.Products.ToDictionaryAsync(p => p.Code, cancellationToken);
        foreach (var terms in FinanceCatalogue.Products)
        {
            if (products.TryGetValue(terms.Code, out var existing))
            {
                existing.Apply(terms);
            }
            else
            {
                context.Products.Add(LoanProduct.Create(terms));
            }
        }
        try
        {
            await context.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another replica seeded the same rows first; theirs are identical.
            context.ChangeTracker.Clear();
        }
        await demo.SeedAsync(context, cancellationToken);
    }
}
