namespace Qingmeng.Finance.Model;

/// <summary>What security a product needs.</summary>
public enum GuaranteeRequirement
{
    /// <summary>信用: unsecured.</summary>
    None,

    /// <summary>政府性融资担保机构担保.</summary>
    GovernmentGuarantee,

    /// <summary>知识产权质押.</summary>
    IpPledge,

    /// <summary>抵押: real-estate or equipment collateral.</summary>
    Collateral,
}
