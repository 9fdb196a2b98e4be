namespace Qingmeng.Finance.Model;

/// <summary>How a loan is repaid.</summary>
public enum RepaymentMethod
{
    /// <summary>等额本息: equal monthly instalments of principal and interest.</summary>
    EqualInstalment,

    /// <summary>等额本金: equal principal each month, interest on the balance.</summary>
    EqualPrincipal,
}
