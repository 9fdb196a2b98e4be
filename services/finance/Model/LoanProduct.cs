using Qingmeng.ServiceDefaults.Eligibility;

namespace Qingmeng.Finance.Model;

/// <summary>
/// A partner bank's loan product as data: amounts, term range, price (LPR + spread), guarantee and its fee,
/// interest subsidy (贴息), risk shares and eligibility conditions in the platform's one explainable shape.
/// </summary>
public sealed class LoanProduct
{
    public string Code { get; private set; } = "";

    public string BankCode { get; private set; } = "";

    public string Name { get; private set; } = "";

    public ProductKind Kind { get; private set; }

    public string Description { get; private set; } = "";

    /// <summary>Yuan.</summary>
    public decimal MinAmount { get; private set; }

    /// <summary>Yuan.</summary>
    public decimal MaxAmount { get; private set; }

    public int MinTermMonths { get; private set; }

    public int MaxTermMonths { get; private set; }

    public LprTenor LprTenor { get; private set; }

    /// <summary>Percentage points over the LPR; negative for a discount (LPR − 0.2).</summary>
    public decimal SpreadPercent { get; private set; }

    public GuaranteeRequirement Guarantee { get; private set; }

    /// <summary>Annual guarantee fee in percent of the principal (担保费率), 0 when none.</summary>
    public decimal GuaranteeFeePercent { get; private set; }

    /// <summary>Interest subsidy (贴息) in percentage points per year paid by the zone.</summary>
    public decimal SubsidyPercent { get; private set; }

    /// <summary>Risk share of a default (风险分担), in percent; the three add up to 100.</summary>
    public decimal GovernmentRiskSharePercent { get; private set; }

    public decimal BankRiskSharePercent { get; private set; }

    public decimal GuarantorRiskSharePercent { get; private set; }

    /// <summary>The firm must be on the IP-pledge white list (the rules say so too; this links the loan to the list).</summary>
    public bool RequiresWhitelist { get; private set; }

    public Condition Eligibility { get; private set; } = null!;

    public bool Active { get; private set; }

    private LoanProduct()
    {
    }

    public static LoanProduct Create(LoanProductTerms terms)
    {
        var product = new LoanProduct { Code = terms.Code };
        product.Apply(terms);
        return product;
    }

    public void Apply(LoanProductTerms terms)
    {
        BankCode = terms.BankCode;
        Name = terms.Name;
        Kind = terms.Kind;
        Description = terms.Description;
        MinAmount = terms.MinAmount;
        MaxAmount = terms.MaxAmount;
        MinTermMonths = terms.MinTermMonths;
        MaxTermMonths = terms.MaxTermMonths;
        LprTenor = terms.LprTenor;
        SpreadPercent = terms.SpreadPercent;
        Guarantee = terms.Guarantee;
        GuaranteeFeePercent = terms.GuaranteeFeePercent;
        SubsidyPercent = terms.SubsidyPercent;
        GovernmentRiskSharePercent = terms.GovernmentRiskSharePercent;
        BankRiskSharePercent = terms.BankRiskSharePercent;
        GuarantorRiskSharePercent = terms.GuarantorRiskSharePercent;
        RequiresWhitelist = terms.RequiresWhitelist;
        Eligibility = terms.Eligibility;
        Active = terms.Active;
    }

    /// <summary>The contract rate for the day's LPR.</summary>
    public decimal RatePercent(LprRates lpr) => (LprTenor == LprTenor.OneYear ? lpr.OneYearPercent : lpr.FiveYearPercent) + SpreadPercent;

    /// <summary>What the firm really pays per year: rate + guarantee fee − subsidy (never below zero).</summary>
    public decimal EffectiveCostPercent(LprRates lpr) => Math.Max(0m, RatePercent(lpr) + GuaranteeFeePercent - SubsidyPercent);

    /// <summary>Where an amount or term falls outside the product, the field and why; null when inside.</summary>
    public (string Field, string Message)? CheckRange(decimal amount, int termMonths)
    {
        if (amount < MinAmount || amount > MaxAmount)
        {
            return ("amount", $"{Name} 的贷款金额为 {MinAmount:0.##} 至 {MaxAmount:0.##} 元，{amount:0.##} 超出范围 ({Name} lends {MinAmount:0.##} to {MaxAmount:0.##} yuan; {amount:0.##} is outside that range)");
        }
        if (termMonths < MinTermMonths || termMonths > MaxTermMonths)
        {
            return ("termMonths", $"{Name} 的贷款期限为 {MinTermMonths} 至 {MaxTermMonths} 个月，{termMonths} 超出范围 ({Name} lends for {MinTermMonths} to {MaxTermMonths} months; {termMonths} is outside that range)");
        }
        return null;
    }
}
