using Qingmeng.Finance.Model;
using Qingmeng.ServiceDefaults.Eligibility;
using static Qingmeng.Finance.Model.FinanceFields;

namespace Qingmeng.Finance.Infrastructure.ReferenceData;

/// <summary>The partner banks and their loan products (纾困贷, 三争贷, 科创贷 up to 10,000,000 yuan, IP-pledge, guarantee-backed, 续贷).</summary>
public static class FinanceCatalogue
{
    public static readonly IReadOnlyList<PartnerBank> Banks =
    [
        PartnerBank.Create("QZBANK", "泉州银行", notificationRecipient: "bank:QZBANK", isPartner: true, joinedOn: new DateOnly(2024, 3, 1)),
        PartnerBank.Create("CIBQZ", "兴业银行泉州分行", notificationRecipient: "bank:CIBQZ", isPartner: true, joinedOn: new DateOnly(2024, 3, 1)),
        PartnerBank.Create("BOCQZ", "中国银行泉州分行", notificationRecipient: "bank:BOCQZ", isPartner: true, joinedOn: new DateOnly(2024, 6, 1)),
        PartnerBank.Create("ICBCQZ", "中国工商银行泉州分行", notificationRecipient: "bank:ICBCQZ", isPartner: true, joinedOn: new DateOnly(2024, 6, 1)),
        PartnerBank.Create("QZRCB", "泉州农村商业银行", notificationRecipient: "bank:QZRCB", isPartner: true, joinedOn: new DateOnly(2024, 9, 1)),
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
            MinAmount: 500_000m, MaxAmount: 10_000_000m, MinTermMonths: 6, MaxTermMonths: 36, LprTenor: LprTenor.OneYear, SpreadPercent: 0.10m,
            Guarantee: GuaranteeRequirement.GovernmentGuarantee, GuaranteeFeePercent: 0.50m, SubsidyPercent: 1.00m,
            GovernmentRiskSharePercent: 20m, BankRiskSharePercent: 20m, GuarantorRiskSharePercent: 60m, RequiresWhitelist: false,
            Eligibility: new AllOf([
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
            MinAmount: 200_000m, MaxAmount: 5_000_000m, MinTermMonths: 12, MaxTermMonths: 36, LprTenor: LprTenor.OneYear, SpreadPercent: 0.50m,
            Guarantee: GuaranteeRequirement.IpPledge, GuaranteeFeePercent: 0m, SubsidyPercent: 1.50m,
            GovernmentRiskSharePercent: 30m, BankRiskSharePercent: 70m, GuarantorRiskSharePercent: 0m, RequiresWhitelist: true,
            Eligibility: new AllOf([
                Comparison.Of(OnWhitelist, ComparisonOperator.Equal, true),
                Comparison.Of(InventionPatents, ComparisonOperator.GreaterThanOrEqual, 1),
                NoOverdue,
            ])),
        new("QZBANK-XD", "QZBANK", "无还本续贷", ProductKind.Renewal,
            "贷款到期前申请，无需先还本金即可续贷，缓解转贷资金压力。",
            MinAmount: 100_000m, MaxAmount: 10_000_000m, MinTermMonths: 12, MaxTermMonths: 36, LprTenor: LprTenor.OneYear, SpreadPercent: 0.30m,
            Guarantee: GuaranteeRequirement.None, GuaranteeFeePercent: 0m, SubsidyPercent: 0m,
            GovernmentRiskSharePercent: 0m, BankRiskSharePercent: 100m, GuarantorRiskSharePercent: 0m, RequiresWhitelist: false,
            Eligibility: new AllOf([
                Comparison.Of(HasMaturingLoan, ComparisonOperator.Equal, true),
                RatingAtLeast("BB"),
                NoOverdue,
                NoOpenPenalties,
            ])),
        new("CIBQZ-SKD", "CIBQZ", "纾困贷", ProductKind.Relief,
            "面向生产经营暂时困难但有订单、有市场的企业，利率低于 LPR，政府性融资担保增信。",
            MinAmount: 300_000m, MaxAmount: 3_000_000m, MinTermMonths: 6, MaxTermMonths: 12, LprTenor: LprTenor.OneYear, SpreadPercent: -0.15m,
            Guarantee: GuaranteeRequirement.GovernmentGuarantee, GuaranteeFeePercent: 0.50m, SubsidyPercent: 1.00m,
            GovernmentRiskSharePercent: 20m, BankRiskSharePercent: 20m, GuarantorRiskSharePercent: 60m, RequiresWhitelist: false,
            Eligibility: new AllOf([
                Comparison.Of(InDifficulty, ComparisonOperator.Equal, true),
                Comparison.Of(Employees, ComparisonOperator.GreaterThanOrEqual, 10),
                Comparison.Of(YearsInOperation, ComparisonOperator.GreaterThanOrEqual, 1),
                NoOverdue,
            ])),
        new("BOCQZ-SZD", "BOCQZ", "三争贷", ProductKind.ThreeStrive,
            "支持列入“争跨越、争投资、争项目”行动的重点项目企业扩产投资。",
            MinAmount: 1_000_000m, MaxAmount: 20_000_000m, MinTermMonths: 12, MaxTermMonths: 60, LprTenor: LprTenor.FiveYear, SpreadPercent: 0m,
            Guarantee: GuaranteeRequirement.Collateral, GuaranteeFeePercent: 0m, SubsidyPercent: 0.50m,
            GovernmentRiskSharePercent: 0m, BankRiskSharePercent: 100m, GuarantorRiskSharePercent: 0m, RequiresWhitelist: false,
            Eligibility: new AllOf([
                Comparison.Of(ThreeStriveCampaign, ComparisonOperator.Equal, true),
                Comparison.Of(AnnualRevenue, ComparisonOperator.GreaterThanOrEqual, 20_000_000m),
                RatingAtLeast("A"),
                NoOverdue,
            ])),
        new("ICBCQZ-KCD", "ICBCQZ", "科创贷（高新企业专享）", ProductKind.SciTech,
            "面向高新技术企业的信用贷款，最高 1000 万元。",
            MinAmount: 1_000_000m, MaxAmount: 10_000_000m, MinTermMonths: 6, MaxTermMonths: 36, LprTenor: LprTenor.OneYear, SpreadPercent: -0.05m,
            Guarantee: GuaranteeRequirement.None, GuaranteeFeePercent: 0m, SubsidyPercent: 0.50m,
            GovernmentRiskSharePercent: 0m, BankRiskSharePercent: 100m, GuarantorRiskSharePercent: 0m, RequiresWhitelist: false,
            Eligibility: new AllOf([
                Comparison.Of(HighTech, ComparisonOperator.Equal, true),
                Comparison.Of(InventionPatents, ComparisonOperator.GreaterThanOrEqual, 3),
                Comparison.Of(RevenueGrowthPercent, ComparisonOperator.GreaterThanOrEqual, 10m),
                NoOverdue,
            ])),
        new("QZRCB-DBD", "QZRCB", "政府性融资担保贷", ProductKind.GuaranteeBacked,
            "政府性融资担保机构担保，担保费率不超过 1%，支持普惠小微企业增户扩面。",
            MinAmount: 100_000m, MaxAmount: 3_000_000m, MinTermMonths: 6, MaxTermMonths: 36, LprTenor: LprTenor.OneYear, SpreadPercent: 0.60m,
            Guarantee: GuaranteeRequirement.GovernmentGuarantee, GuaranteeFeePercent: 0.80m, SubsidyPercent: 0.50m,
            GovernmentRiskSharePercent: 20m, BankRiskSharePercent: 20m, GuarantorRiskSharePercent: 60m, RequiresWhitelist: false,
            Eligibility: new AllOf([
                Comparison.Of(Employees, ComparisonOperator.LessThanOrEqual, 300),
                Comparison.Of(AnnualRevenue, ComparisonOperator.LessThanOrEqual, 200_000_000m),
                RatingAtLeast("BB"),
                NoOverdue,
                NoOpenPenalties,
            ])),
        new("QZRCB-ZSCQ", "QZRCB", "知识产权质押贷（普惠）", ProductKind.IpPledge,
            "小额知识产权质押贷款，白名单企业快速审批。",
            MinAmount: 100_000m, MaxAmount: 3_000_000m, MinTermMonths: 12, MaxTermMonths: 24, LprTenor: LprTenor.OneYear, SpreadPercent: 0.80m,
            Guarantee: GuaranteeRequirement.IpPledge, GuaranteeFeePercent: 0m, SubsidyPercent: 1.50m,
            GovernmentRiskSharePercent: 30m, BankRiskSharePercent: 70m, GuarantorRiskSharePercent: 0m, RequiresWhitelist: true,
            Eligibility: new AllOf([
                Comparison.Of(OnWhitelist, ComparisonOperator.Equal, true),
                Comparison.Of(OtherPatents, ComparisonOperator.GreaterThanOrEqual, 2),
                NoOverdue,
            ])),
    ];
}
