namespace Qingmeng.Finance.Model;

/// <summary>Which loan prime rate (贷款市场报价利率) a product's rate is quoted over.</summary>
public enum LprTenor
{
    OneYear,
    FiveYear,
}
