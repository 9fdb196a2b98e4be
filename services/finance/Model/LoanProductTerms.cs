using Qingmeng.ServiceDefaults.Eligibility;

namespace Qingmeng.Finance.Model;

/// <summary>Every term of a product, as the catalogue seeder and the tests write them.</summary>
public sealed record LoanProductTerms(
    string Code, string BankCode, string Name, ProductKind Kind, string Description,
    decimal MinAmount, decimal MaxAmount, int MinTermMonths, int MaxTermMonths,
    LprTenor LprTenor, decimal SpreadPercent,
    GuaranteeRequirement Guarantee, decimal GuaranteeFeePercent, decimal SubsidyPercent,
    decimal GovernmentRiskSharePercent, decimal BankRiskSharePercent, decimal GuarantorRiskSharePercent,
    bool RequiresWhitelist, Condition Eligibility, bool Active = true);
