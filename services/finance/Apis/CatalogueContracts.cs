using Qingmeng.Finance.Model;
using Qingmeng.ServiceDefaults.Eligibility;

namespace Qingmeng.Finance.Apis;

public sealed record BankView(string Code, string Name, bool IsPartner, DateOnly JoinedOn);

public sealed record ProductView(
    string Code, string BankCode, string BankName, string Name, ProductKind Kind, string Description,
    decimal MinAmount, decimal MaxAmount, int MinTermMonths, int MaxTermMonths,
    LprTenor LprTenor, decimal SpreadPercent, decimal RatePercent,
    GuaranteeRequirement Guarantee, decimal GuaranteeFeePercent, decimal SubsidyPercent, decimal EffectiveCostPercent,
    decimal GovernmentRiskSharePercent, decimal BankRiskSharePercent, decimal GuarantorRiskSharePercent,
    bool RequiresWhitelist, Condition Eligibility, bool Active)
{
    public static ProductView From(LoanProduct p, string bankName, LprRates lpr) => new(
        p.Code, p.BankCode, bankName, p.Name, p.Kind, p.Description, p.MinAmount, p.MaxAmount, p.MinTermMonths, p.MaxTermMonths,
        p.LprTenor, p.SpreadPercent, p.RatePercent(lpr), p.Guarantee, p.GuaranteeFeePercent, p.SubsidyPercent, p.EffectiveCostPercent(lpr),
        p.GovernmentRiskSharePercent, p.BankRiskSharePercent, p.GuarantorRiskSharePercent, p.RequiresWhitelist, p.Eligibility, p.Active);
}

public sealed record ProductQuery(string? BankCode, ProductKind? Kind);
